package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.security.SecurityMessages;

/** Every security message has a Chinese (default) and an English text (platform-api resources). */
class SecurityMessagesTextTest {

    @Test
    void everyKeyHasChineseAndEnglishText() {
        for (SecurityMessages m : SecurityMessages.values()) {
            String zh = m.format(Locale.SIMPLIFIED_CHINESE, "X");
            String en = m.format(Locale.ENGLISH, "X");
            assertThat(zh).as(m.name()).isNotEqualTo(m.name());
            assertThat(en).as(m.name()).isNotEqualTo(m.name()).isNotEqualTo(zh);
        }
    }

    @Test
    void r2TextsTheNoticeNeeds() {
        assertThat(SecurityMessages.LOGIN_FAILED.format(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("登录失败：用户名或密码错误，或账号已被锁定、停用。请稍后再试或联系管理员。");
        assertThat(SecurityMessages.SESSION_REPLACED.format(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("您的账号已在其他地方登录，本次会话已结束。");
        assertThat(SecurityMessages.ACCOUNT_LOCKED.format(Locale.SIMPLIFIED_CHINESE, "2025-09-01 08:45"))
                .contains("2025-09-01 08:45");
        assertThat(SecurityMessages.PASSWORD_TOO_SHORT.format(Locale.SIMPLIFIED_CHINESE, 10)).contains("10");
    }
}
