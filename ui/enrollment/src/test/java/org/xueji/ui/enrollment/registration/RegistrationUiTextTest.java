package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegistrationUiTextTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void everyTextHasChineseAndEnglish() {
        for (RegistrationUiText key : RegistrationUiText.values()) {
            assertThat(key.format(ZH)).as("zh %s", key).isNotEqualTo(key.name());
            assertThat(key.format(Locale.ENGLISH)).as("en %s", key).isNotEqualTo(key.name());
        }
    }

    @Test
    void chineseIsTheDefaultAndTheGroupIsShared() {
        assertThat(RegistrationUiText.GROUP.format(ZH)).isEqualTo("招生与核查");
        assertThat(RegistrationUiText.GROUP.format(Locale.GERMAN)).isEqualTo("招生与核查");
        assertThat(RegistrationUiText.GROUP.format(null)).isEqualTo("招生与核查");
        assertThat(RegistrationUiText.GROUP.format(Locale.ENGLISH)).isEqualTo("Enrollment and checks");
    }

    @Test
    void formatsArguments() {
        assertThat(RegistrationUiText.PAGE_TITLE.format(ZH, RegistrationUiText.REGISTER_TITLE.format(ZH)))
                .isEqualTo("新生注册 - 学籍管理平台");
        assertThat(RegistrationUiText.SCHOOL_YEAR_LABEL.format(ZH, 2026, 2027)).isEqualTo("2026—2027学年");
        assertThat(RegistrationUiText.CHECK_BLOCKED.format(ZH, "城关小学")).startsWith("该身份证号已在「城关小学」登记学籍");
        assertThat(RegistrationUiText.PROGRESS_SUMMARY.format(ZH, 2L, 1L, 1234L, 1500L))
                .isEqualTo("逾期学校 2 所，即将截止 1 所；已注册 1234 人 / 计划 1500 人");
        assertThat(RegistrationUiText.CARD_GRADE_PROGRESS.format(ZH, "一年级", 45L, 50, "90%", "2026-09-30"))
                .isEqualTo("一年级：已注册 45 / 计划 50（90%），截止 2026-09-30");
    }
}
