package org.xueji.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegistryUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (RegistryUiText key : RegistryUiText.values()) {
            String zh = key.format(Locale.SIMPLIFIED_CHINESE);
            String en = key.format(Locale.ENGLISH);
            assertThat(zh).as("zh %s", key).isNotEqualTo(key.name());
            assertThat(en).as("en %s", key).isNotEqualTo(key.name());
        }
    }

    @Test
    void chineseIsTheDefault() {
        assertThat(RegistryUiText.GROUP.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("学籍管理");
        assertThat(RegistryUiText.GROUP.format(Locale.GERMAN)).isEqualTo("学籍管理");
        assertThat(RegistryUiText.GROUP.format(Locale.ENGLISH)).isEqualTo("Registry");
        assertThat(RegistryUiText.GROUP.format(null)).isEqualTo("学籍管理");
    }

    @Test
    void formatsArguments() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(RegistryUiText.PAGE_TITLE.format(zh, RegistryUiText.STUDENTS_TITLE.format(zh)))
                .isEqualTo("学生查询 - 学籍管理平台");
        assertThat(RegistryUiText.SEARCH_COUNT.format(zh, 1234567L)).isEqualTo("共 1234567 人");
        assertThat(RegistryUiText.OVER_CAP_SUMMARY.format(zh, 55, 3L)).isEqualTo("超过 55 人的班级：3");
    }
}
