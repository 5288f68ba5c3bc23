package org.xueji.ui.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadFilesTest {

    @Test
    void cleanNameDropsPathsAndControlCharacters() {
        assertThat(UploadFiles.cleanName("C:\\Users\\教务\\学生.xlsx")).isEqualTo("学生.xlsx");
        assertThat(UploadFiles.cleanName("/tmp/a/花名册.csv")).isEqualTo("花名册.csv");
        assertThat(UploadFiles.cleanName(" 名单\n.xls ")).isEqualTo("名单.xls");
        assertThat(UploadFiles.cleanName(null)).isEmpty();
    }

    @Test
    void longNamesKeepTheirEnd() {
        String name = "x".repeat(150) + ".xlsx";
        assertThat(UploadFiles.cleanName(name)).hasSize(100).endsWith(".xlsx");
    }

    @Test
    void acceptsTheSpreadsheetTypes() {
        assertThat(UploadFiles.ACCEPTED).contains(".xlsx", ".xls", ".csv");
    }
}
