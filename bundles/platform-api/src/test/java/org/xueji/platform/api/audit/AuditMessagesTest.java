package org.xueji.platform.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R7: every refusal of the audit checks has a Chinese and an English text. */
class AuditMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditMessages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theBundlesHoldExactlyTheKeysOfTheEnum() throws IOException {
        var keys = Arrays.stream(AuditMessages.values()).map(AuditMessages::key).collect(Collectors.toSet());
        assertThat(load("messages.properties").stringPropertyNames()).isEqualTo(keys);
        assertThat(load("messages_en.properties").stringPropertyNames()).isEqualTo(keys);
    }

    @ParameterizedTest(name = "R7: {0} has a Chinese and an English text")
    @EnumSource(AuditMessages.class)
    void translated(AuditMessages key) {
        String chinese = key.format(Locale.SIMPLIFIED_CHINESE, "12345");
        String english = key.format(Locale.ENGLISH, "12345");
        assertThat(chinese).doesNotContain("{", "}", "'").containsPattern("\\p{IsHan}");
        assertThat(english).doesNotContain("{", "}", "'").doesNotContainPattern("\\p{IsHan}");
        if (key == AuditMessages.ROWS_BROKEN) {
            assertThat(chinese).contains("第 12345 行");
            assertThat(english).contains("row 12345");
        }
    }
}
