package org.xueji.ui.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.ImportIssue;

class IssueCsvTest {

    private static String text(byte[] bytes) {
        return new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    void startsWithByteOrderMarkForExcelAndHasChineseHeader() {
        byte[] csv = IssueCsv.write(List.of(), Locale.SIMPLIFIED_CHINESE);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).isEqualTo("行,列,问题\r\n");
    }

    @Test
    void oneLinePerIssueWithRowColumnAndMessage() {
        byte[] csv = IssueCsv.write(List.of(
                new ImportIssue(0, null, "缺少列：身份证件号"),
                new ImportIssue(12, "身份证件号", "校验位应为 X，实为 3"),
                new ImportIssue(13, "姓名", "姓名不能为空, 请填写")), Locale.SIMPLIFIED_CHINESE);
        assertThat(text(csv).split("\r\n")).containsExactly(
                "行,列,问题",
                "文件,,缺少列：身份证件号",
                "12,身份证件号,校验位应为 X，实为 3",
                "13,姓名,\"姓名不能为空, 请填写\"");
    }

    @Test
    void formulaTriggersAreNeutralised() {
        // messages may quote what somebody typed into the spreadsheet
        assertThat(IssueCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(IssueCsv.cell("+1")).isEqualTo("'+1");
        assertThat(IssueCsv.cell("-1")).isEqualTo("'-1");
        assertThat(IssueCsv.cell("@SUM")).isEqualTo("'@SUM");
        assertThat(IssueCsv.cell("性别应为 1 或 2")).isEqualTo("性别应为 1 或 2");
        assertThat(IssueCsv.cell(null)).isEmpty();
    }

    @Test
    void englishHeaderAndWholeFileRow() {
        String csv = text(IssueCsv.write(List.of(new ImportIssue(0, null, "x")), Locale.ENGLISH));
        assertThat(csv).startsWith("Row,Column,Problem\r\nFile,,x");
    }
}
