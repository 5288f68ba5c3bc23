package org.xueji.ui.shell.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static String[] lines(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).split("\r\n");
    }

    @Test
    @DisplayName("R4: the watermark is the file's last line, on one line")
    void watermarkIsTheLastLine() {
        String[] lines = lines(CsvExport.write(List.of("姓名", "学校"), List.of(List.of("张三", "一小")),
                "数据发布申请 #7（批准文号：岳教函〔2026〕12号）\n第二行"));
        assertThat(lines[0]).isEqualTo("\uFEFF姓名,学校");
        assertThat(lines[lines.length - 1]).isEqualTo("数据发布申请 #7（批准文号：岳教函〔2026〕12号） 第二行");
    }

    @Test
    void quotesAndNeutralisesFormulas() {
        String[] lines = lines(CsvExport.write(List.of("a", "b", "c"),
                List.of(Arrays.asList("x,y", "=HYPERLINK(\"evil\")", null)), "水印"));
        assertThat(lines[1]).isEqualTo("\"x,y\",\"'=HYPERLINK(\"\"evil\"\")\",");
    }

    @Test
    void anExportWithoutWatermarkIsRefused() {
        assertThatThrownBy(() -> CsvExport.write(List.of("a"), List.of(), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
