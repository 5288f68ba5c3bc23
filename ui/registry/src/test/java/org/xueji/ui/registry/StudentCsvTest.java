package org.xueji.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.registry.api.StudentExport;

class StudentCsvTest {

    @Test
    @DisplayName("R4: the exported file has the released columns and ends with the watermark of its data-release request")
    void watermarkIsTheLastLine() {
        StudentExport export = new StudentExport(List.of("学籍号", "姓名", "身份证号"),
                List.of(List.of("G43010420190314123X", "张,小明", "43010420190314123X")), 7,
                "数据发布申请 #7（批准文号：岳教函〔2026〕12号）");
        String csv = new String(StudentCsv.write(export), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF学籍号,姓名,身份证号");
        assertThat(lines[1]).contains("\"张,小明\"").contains("43010420190314123X");
        assertThat(lines[lines.length - 1]).isEqualTo("数据发布申请 #7（批准文号：岳教函〔2026〕12号）");
    }
}
