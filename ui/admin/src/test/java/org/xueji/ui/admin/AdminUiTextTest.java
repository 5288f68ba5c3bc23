package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AdminUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (AdminUiText key : AdminUiText.values()) {
            String zh = key.format(Locale.SIMPLIFIED_CHINESE);
            String en = key.format(Locale.ENGLISH);
            assertThat(zh).as("zh %s", key).isNotEqualTo(key.name()).isNotBlank();
            assertThat(en).as("en %s", key).isNotEqualTo(key.name()).isNotBlank();
        }
    }

    @Test
    void everyTextFormatsWithArguments() {
        // numbers fit both {0} and {0,number,#}; a broken pattern (an unpaired quote or brace) throws
        Object[] args = {1L, 2L, 3L, 4L, 5L};
        for (AdminUiText key : AdminUiText.values()) {
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                assertThatCode(() -> key.format(l, args)).as("%s %s", key, l).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void chineseIsTheDefault() {
        assertThat(AdminUiText.GROUP.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("系统管理");
        assertThat(AdminUiText.GROUP.format(Locale.GERMAN)).isEqualTo("系统管理");
        assertThat(AdminUiText.GROUP.format(null)).isEqualTo("系统管理");
        assertThat(AdminUiText.GROUP.format(Locale.ENGLISH)).isEqualTo("Administration");
    }

    @Test
    void textsTheRequirementsName() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        // R4: why the export is disabled
        assertThat(AdminUiText.EXPORT_NEEDS_RELEASE.format(zh))
                .isEqualTo("导出需经区教育局书面批准的数据发布申请，当前没有可用的已批准申请");
        // R7
        assertThat(AdminUiText.CHAIN_INTACT.format(zh, 1234567L)).isEqualTo("审计链完整，共 1234567 条");
        // R6
        assertThat(AdminUiText.MISSING_LEADER.format(zh)).isEqualTo("缺分管领导");
        assertThat(AdminUiText.MISSING_REGISTRAR.format(zh)).isEqualTo("缺学籍管理员");
        assertThat(AdminUiText.PAGE_TITLE.format(zh, AdminUiText.ACCOUNTS_TITLE.format(zh)))
                .isEqualTo("账号管理 - 学籍管理平台");
        assertThat(AdminUiText.CHAIN_BROKEN.format(zh, "17", "哈希不符", 20L))
                .isEqualTo("审计链已被破坏：第一条异常记录为 #17，原因：哈希不符（已校验 20 条）");
    }
}
