package org.xueji.ui.enrollment.verification;

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

class VerificationUiTextTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VerificationUiText.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTextHasChineseAndEnglishAndNoStaleKeys() throws IOException {
        Set<String> keys = Arrays.stream(VerificationUiText.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(load("messages.properties").stringPropertyNames()).isEqualTo(keys);
        assertThat(load("messages_en.properties").stringPropertyNames()).isEqualTo(keys);
    }

    @Test
    void chineseIsTheDefault() {
        assertThat(VerificationUiText.TITLE.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("人籍一致核查");
        assertThat(VerificationUiText.TITLE.format(Locale.GERMAN)).isEqualTo("人籍一致核查");
        assertThat(VerificationUiText.GROUP.format(null)).isEqualTo("招生与核查");
        assertThat(VerificationUiText.TITLE.format(Locale.ENGLISH)).isEqualTo("Person-record checks");
    }

    @Test
    void r18Texts() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(VerificationUiText.COMPLIANCE_SHORT.format(zh, 2)).isEqualTo("本学期核查不足2次");
        assertThat(VerificationUiText.KIND_PERSON_WITHOUT_RECORD.format(zh)).isEqualTo("人在籍不在");
        assertThat(VerificationUiText.KIND_RECORD_WITHOUT_PERSON.format(zh)).isEqualTo("籍在人不在");
        assertThat(VerificationUiText.KIND_FIELD_MISMATCH.format(zh)).isEqualTo("信息不一致");
        assertThat(VerificationUiText.DEFAULT_TITLE.format(zh, VerificationUiText.SCHOOL_YEAR.format(zh, 2025, 2026),
                VerificationUiText.SEMESTER_1.format(zh), 1L)).isEqualTo("2025—2026学年第一学期第1次人籍一致核查");
        assertThat(VerificationUiText.CARD_MORE.format(Locale.ENGLISH, 7L)).isEqualTo(" and others (7 in all)");
    }
}
