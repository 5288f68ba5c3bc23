package org.xueji.enrollment.service.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueji.enrollment.api.EnrollmentMessages;

/** Every message of the module has a Chinese and an English text (the import report shows them). */
class EnrollmentMessagesTextsTest {

    @ParameterizedTest
    @EnumSource(EnrollmentMessages.class)
    void hasChineseAndEnglishText(EnrollmentMessages key) {
        String chinese = key.format(Locale.SIMPLIFIED_CHINESE, "甲", "乙", "丙", "丁", "戊");
        String english = key.format(Locale.ENGLISH, "a", "b", "c", "d", "e");

        assertThat(chinese).isNotEqualTo(key.name()).doesNotContain("{");
        assertThat(english).isNotEqualTo(key.name()).doesNotContain("{").isNotEqualTo(chinese);
    }
}
