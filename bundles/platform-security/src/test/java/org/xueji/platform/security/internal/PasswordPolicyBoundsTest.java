package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.security.SecurityMessages;

/** R2: the policy's own bounds, the exact length limit, and refusals as field errors and texts. */
class PasswordPolicyBoundsTest {

    @Test
    void r2_eachSettingAcceptsItsSmallestValueAndRefusesBelowIt() {
        PasswordPolicy smallest = new PasswordPolicy(1, 1, 1, 1, 1, 1);
        assertThat(smallest.minLength()).isEqualTo(1);
        assertThat(new PasswordPolicy(1, 4, 1, 1, 1, 1).minCharacterClasses()).isEqualTo(4);
        for (int[] bad : new int[][] {{0, 1, 1, 1, 1, 1}, {1, 0, 1, 1, 1, 1}, {1, 5, 1, 1, 1, 1}, {1, 1, 0, 1, 1, 1},
            {1, 1, 1, 0, 1, 1}, {1, 1, 1, 1, 0, 1}, {1, 1, 1, 1, 1, 0}}) {
            assertThatThrownBy(() -> new PasswordPolicy(bad[0], bad[1], bad[2], bad[3], bad[4], bad[5]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid password policy");
        }
    }

    @Test
    void r2_aPasswordOfExactlyTheMinimumLengthIsLongEnough() {
        PasswordPolicy p = PasswordPolicy.defaults();
        assertThat(p.check("zhangsan", "Abcdefgh1!".toCharArray())).isEmpty(); // 10 characters
        assertThat(p.check("zhangsan", "Abcdefg1!".toCharArray())).extracting(PasswordPolicy.Refusal::key)
                .containsExactly(SecurityMessages.PASSWORD_TOO_SHORT);
        // no password at all: too short and no character class
        assertThat(p.check("zhangsan", null)).extracting(PasswordPolicy.Refusal::key)
                .containsExactly(SecurityMessages.PASSWORD_TOO_SHORT, SecurityMessages.PASSWORD_CHARACTER_CLASSES);
        assertThat(PasswordPolicy.characterClasses(null)).isZero();
    }

    @Test
    void r2_aBlankOrMissingUsernameIsContainedInNoPassword() {
        assertThat(PasswordPolicy.containsUsername("Abcdefgh1!".toCharArray(), "  ")).isFalse();
        assertThat(PasswordPolicy.containsUsername("Abcdefgh1!".toCharArray(), null)).isFalse();
        assertThat(PasswordPolicy.containsUsername(null, "li")).isFalse();
        assertThat(PasswordPolicy.containsUsername("xx-LI-2".toCharArray(), " li ")).isTrue();
    }

    @Test
    void r2_aRefusalBecomesAFieldErrorAndATextInBothLanguages() {
        PasswordPolicy.Refusal tooShort = new PasswordPolicy.Refusal(SecurityMessages.PASSWORD_TOO_SHORT, 10);
        FieldError error = tooShort.toFieldError("newPassword");
        assertThat(error.field()).isEqualTo("newPassword");
        assertThat(error.messageKey()).isEqualTo(SecurityMessages.PASSWORD_TOO_SHORT);
        assertThat(tooShort.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("密码至少需要 10 个字符。");
        assertThat(tooShort.message(Locale.ENGLISH)).isEqualTo("The password needs at least 10 characters.");
    }
}
