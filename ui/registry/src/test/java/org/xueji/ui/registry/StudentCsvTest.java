package org.xueji.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.StudentSummary;

class StudentCsvTest {

    @Test
    @DisplayName("R4: the exported file ends with the watermark of its data-release request")
    void watermarkIsTheLastLine() {
        StudentSummary s = new StudentSummary(1, "G43010420190314123X", "张,小明", Sex.MALE, LocalDate.of(2019, 3, 14),
                "43010420190314123X", 3, "岳麓区第一小学", 1, 7L, "一年级(1)班");
        String csv = new String(StudentCsv.write(List.of(s), "数据发布申请 #7（批准文号：岳教函〔2026〕12号）"),
                StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF学籍号,姓名");
        assertThat(lines[1]).contains("\"张,小明\"").contains("43010420190314123X");
        assertThat(lines[lines.length - 1]).isEqualTo("数据发布申请 #7（批准文号：岳教函〔2026〕12号）");
    }
}
