package org.xueji.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.platform.api.identity.Refusals.refusedWith;

import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 性别 codes of the national collection form (used with rule D1). */
class SexTest {

    @Test
    @DisplayName("codes and labels")
    void codesAndLabels() {
        assertThat(Sex.MALE.code()).isEqualTo("1");
        assertThat(Sex.MALE.label()).isEqualTo("男");
        assertThat(Sex.FEMALE.code()).isEqualTo("2");
        assertThat(Sex.FEMALE.label()).isEqualTo("女");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"1, MALE", "2, FEMALE", "男, MALE", "女, FEMALE", "' 1 ', MALE", "１, MALE", "２, FEMALE", "' 女\u3000', FEMALE"})
    void fromCode(String input, Sex sex) {
        assertThat(Sex.fromCode(input)).isEqualTo(sex);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"0", "3", "9", "M", "male", "MALE", "男性", "12"})
    void unknown(String input) {
        InvalidIdentityException e = refusedWith(() -> Sex.fromCode(input), IdentityMessages.SEX_UNKNOWN, input);
        assertThat(e.getMessage()).isEqualTo("性别“" + input + "”无效：应为 1（男）或 2（女）。");
        assertThat(e.message(Locale.ENGLISH)).contains("1 (male)", "2 (female)");
    }

    @ParameterizedTest(name = "empty \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000"})
    void empty(String input) {
        refusedWith(() -> Sex.fromCode(input), IdentityMessages.SEX_EMPTY);
    }
}
