package org.xueji.ui.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImportUiTextTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportUiText.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTextHasChineseAndEnglishAndNoStaleKeys() throws IOException {
        Set<String> keys = Arrays.stream(ImportUiText.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(load("messages.properties").stringPropertyNames()).isEqualTo(keys);
        assertThat(load("messages_en.properties").stringPropertyNames()).isEqualTo(keys);
    }

    @Test
    void chineseIsTheDefault() {
        assertThat(ImportUiText.TITLE.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("学籍导入导出");
        assertThat(ImportUiText.TITLE.format(Locale.GERMAN)).isEqualTo("学籍导入导出");
        assertThat(ImportUiText.TITLE.format(Locale.ENGLISH)).isEqualTo("Import and export");
        assertThat(ImportUiText.GROUP.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("招生与核查");
    }

    @Test
    void formatsArgumentsWithoutGroupingSeparators() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(ImportUiText.REPORT_COUNTS.format(zh, 12000, 11990, 0))
                .isEqualTo("共 12000 行，正确 11990 行，已导入 0 行");
        assertThat(ImportUiText.UPLOAD_TOO_BIG.format(Locale.ENGLISH, 50L)).isEqualTo("File too large (at most 50 MB)");
    }
}
