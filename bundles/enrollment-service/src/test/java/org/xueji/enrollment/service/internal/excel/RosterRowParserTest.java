package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.SpreadsheetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.api.RosterEntry;

class RosterRowParserTest {

    private static final String ID = TestStudents.id(LocalDate.of(2014, 5, 6), 222);

    private final RosterRowParser parser = new RosterRowParser();

    private List<ParsedRosterRow> read(byte[] file) {
        List<ParsedRosterRow> rows = new ArrayList<>();
        new SpreadsheetReader(RosterRowParser.COLUMNS).read(new ByteArrayInputStream(file), "花名册.xlsx",
                row -> rows.add(parser.parse(row)));
        return rows;
    }

    @Test
    void readsARosterWithAliasesAndExtraColumns() {
        byte[] file = Workbooks.xlsx(List.of(
                List.of("某某小学 在校学生花名册"),
                List.of("序号", "班级", "姓名", "身份证号", "年级", "备注"),
                List.of("1", "(3)班", "王五", ID.substring(0, 17) + ID.substring(17).toLowerCase(), "六年级", ""),
                List.of("2", "3", "赵六", "", "6", "无身份证"),
                List.of("3", "", "钱七", "A1234567", "初一", "")));

        List<ParsedRosterRow> rows = read(file);

        assertThat(rows).extracting(ParsedRosterRow::entry).containsExactly(
                new RosterEntry(3, "王五", ID, 6, 3, null),
                new RosterEntry(4, "赵六", null, 6, 3, null),
                new RosterEntry(5, "钱七", "A1234567", 7, null, null));
    }

    @Test
    void onlyNameAndGradeAreRequiredColumns() {
        byte[] file = Workbooks.csv(List.of(List.of("姓名", "年级"), List.of("王五", "高二")),
                Charset.forName("GBK"), false);

        assertThat(read(file)).extracting(ParsedRosterRow::entry)
                .containsExactly(new RosterEntry(2, "王五", null, 11, null, null));
    }

    @Test
    void missingGradeColumn() {
        byte[] file = Workbooks.xlsx(List.of(List.of("姓名", "身份证号"), List.of("王五", ID)));

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(SpreadsheetException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(EnrollmentMessages.COLUMNS_MISSING);
            assertThat(e.getMessage()).startsWith("缺少必填列：年级。");
        });
    }

    @Test
    void badRowsAreReportedAndNotUsed() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        ParsedRosterRow row = parser.parse(new SheetRow(7,
                Map.of("身份证件号", wrongCheck, "年级", "九年级", "班级", "八年级(2)班"), List.of()));

        assertThat(row.entry()).isNull();
        assertThat(row.issues()).extracting(ImportIssue::column, ImportIssue::message).containsExactlyInAnyOrder(
                tuple("姓名", "此项为必填项。"),
                tuple("身份证件号", "身份证号校验位错误：应为 " + ID.charAt(17) + "，实际为 " + wrongCheck.charAt(17) + "。"),
                tuple("班级", "班级“八年级(2)班”与年级“九年级”不一致。"));
    }
}
