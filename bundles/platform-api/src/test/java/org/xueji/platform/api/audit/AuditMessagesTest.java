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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.MessageKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R7: every refusal and every verdict of the audit checks has a Chinese and an English text. */
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
        // one bundle per package: the refusals and the chain's verdicts share it
        var keys = Stream.concat(Arrays.stream(AuditMessages.values()), Arrays.stream(ChainBreak.values()))
                .map(MessageKey::key).collect(Collectors.toSet());
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

    @ParameterizedTest(name = "R7: the verdict {0} has a Chinese and an English text")
    @EnumSource(ChainBreak.class)
    void verdictTranslated(ChainBreak reason) {
        String[] args = {"6–8", "12345", "3"};
        String chinese = reason.format(Locale.SIMPLIFIED_CHINESE, (Object[]) args);
        String english = reason.format(Locale.ENGLISH, (Object[]) args);
        assertThat(chinese).doesNotContain("{", "}", "'").containsPattern("\\p{IsHan}");
        assertThat(english).doesNotContain("{", "}").doesNotContainPattern("\\p{IsHan}");
        if (reason != ChainBreak.VERIFICATION_NOT_RECORDED) {
            assertThat(chinese).as("the rows named").contains("6–8");
            assertThat(english).as("the rows named").contains("6–8");
        }
    }

    @Test
    void aVerdictReadsInTheLanguageAskedAndSaysWhenItWasNotRecorded() {
        ChainVerification broken = ChainVerification.broken(30, 17, ChainBreak.DELETED_BEFORE, "17", "15–16");
        assertThat(broken.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 17 行之前有记录被删除（缺少第 15–16 行）");
        assertThat(broken.reasonText(Locale.ENGLISH)).isEqualTo("Rows were deleted before row 17 (rows missing: 15–16)");
        assertThat(broken.unrecorded().reasonText(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 17 行之前有记录被删除（缺少第 15–16 行）；本次校验未能记入审计链，在修复之前无法写入新的审计记录");
        assertThat(ChainVerification.intact(30).reasonText(Locale.ENGLISH)).isNull();
        assertThat(ChainVerification.rows(12345, 12345)).isEqualTo("12345");
        assertThat(ChainVerification.rows(6, 8)).isEqualTo("6–8");
    }
}
