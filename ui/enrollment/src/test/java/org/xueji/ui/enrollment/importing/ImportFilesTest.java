package org.xueji.ui.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportFilesTest {

    @Test
    void exportNameCarriesTheReleaseId() {
        // R4: the file names the data-release request that allowed it
        assertThat(ImportFiles.studentExport(42)).isEqualTo("学生基础信息-42.xlsx");
    }

    @Test
    void templateName() {
        assertThat(ImportFiles.TEMPLATE).isEqualTo("学生基础信息导入模板.xlsx");
    }

    @Test
    void issueListNameKeepsOnlySafeCharactersOfTheBatchId() {
        assertThat(ImportFiles.issueList("3f2a-91")).isEqualTo("导入问题清单-3f2a-91.csv");
        assertThat(ImportFiles.issueList("../../etc/passwd")).isEqualTo("导入问题清单-etcpasswd.csv");
        assertThat(ImportFiles.issueList(null)).isEqualTo("导入问题清单.csv");
        assertThat(ImportFiles.issueList("x".repeat(100))).hasSize("导入问题清单-".length() + 40 + ".csv".length());
    }
}
