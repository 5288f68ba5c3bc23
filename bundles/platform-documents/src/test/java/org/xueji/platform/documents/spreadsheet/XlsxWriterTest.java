package org.xueji.platform.documents.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    @DisplayName("written cells are text, so an ID number and a leading zero come back as written")
    void roundTrip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out)) {
            XlsxWriter.Sheet sheet = xlsx.sheet("学生");
            sheet.header(List.of("姓名", "身份证件号", "民族"), new int[] {8, 21, 6});
            sheet.row(List.of("张三", "110105201903140011", "01"));
            sheet.skip(1);
            sheet.row(java.util.Arrays.asList("李四", null, "02"));
            assertThat(sheet.rows()).isEqualTo(4);
        }
        List<List<RawCell>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();

        new SheetReader(SpreadsheetLimits.defaults()).read(new ByteArrayInputStream(out.toByteArray()), "x.xlsx",
                (n, cells) -> {
                    numbers.add(n);
                    rows.add(cells);
                });

        assertThat(numbers).containsExactly(1, 2, 4);
        assertThat(rows.get(1)).containsExactly(RawCell.text(0, "张三"), RawCell.text(1, "110105201903140011"),
                RawCell.text(2, "01"));
        assertThat(rows.get(2)).containsExactly(RawCell.text(0, "李四"), RawCell.text(2, "02"));
    }

    @Test
    @DisplayName("CJK characters count two in a column's width")
    void displayWidth() {
        assertThat(XlsxWriter.displayWidth("姓名")).isEqualTo(4);
        assertThat(XlsxWriter.displayWidth("ID 号")).isEqualTo(5);
    }
}
