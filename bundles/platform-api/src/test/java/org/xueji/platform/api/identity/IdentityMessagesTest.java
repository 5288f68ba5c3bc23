package org.xueji.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every refusal of rule D1 has a Chinese and an English text. */
class IdentityMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IdentityMessages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    @DisplayName("D1: the bundles hold exactly the keys of the enum")
    void sameKeys() throws IOException {
        var keys = Arrays.stream(IdentityMessages.values()).map(IdentityMessages::key).collect(Collectors.toSet());
        assertThat(load("messages.properties").stringPropertyNames()).isEqualTo(keys);
        assertThat(load("messages_en.properties").stringPropertyNames()).isEqualTo(keys);
    }

    @ParameterizedTest(name = "D1: {0} has a Chinese and an English text")
    @EnumSource(IdentityMessages.class)
    void translated(IdentityMessages key) {
        assertThat(key.key()).isEqualTo(key.name());
        Object[] args = {"A", "B", "C"};
        String chinese = key.format(Locale.SIMPLIFIED_CHINESE, args);
        String english = key.format(Locale.ENGLISH, args);
        assertThat(chinese).isNotEqualTo(key.key()).doesNotContain("{", "}", "'").containsPattern("\\p{IsHan}");
        assertThat(english).isNotEqualTo(key.key()).doesNotContain("{", "}", "'").doesNotContainPattern("\\p{IsHan}");
        // without arguments the text is used as written
        assertThat(key.format(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(key.key()).containsPattern("\\p{IsHan}");
        // the default (no locale, other locale) is Chinese
        assertThat(new InvalidIdentityException(key, args).getMessage()).isEqualTo(chinese);
    }
}
