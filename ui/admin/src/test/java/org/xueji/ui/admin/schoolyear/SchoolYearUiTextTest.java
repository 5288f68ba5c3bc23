package org.xueji.ui.admin.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ViewContribution;

/** Issue 15: the school-year view's texts in Chinese and English, and its menu entry under 系统管理. */
class SchoolYearUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (SchoolYearUiText key : SchoolYearUiText.values()) {
            String zh = key.format(Locale.SIMPLIFIED_CHINESE);
            String en = key.format(Locale.ENGLISH);
            assertThat(zh).as("zh %s", key).isNotEqualTo(key.name()).isNotBlank();
            assertThat(en).as("en %s", key).isNotEqualTo(key.name()).isNotBlank().isNotEqualTo(zh);
        }
    }

    @Test
    void inTheAdministrationGroup_readableByEverySchoolAccount() {
        ViewContribution view = new SchoolYearViews();
        assertThat(view.group(Locale.SIMPLIFIED_CHINESE)).isEqualTo("系统管理");
        assertThat(view.title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("学年与学期");
        assertThat(view.route()).isEqualTo("school-year");
        assertThat(view.requiredPermission()).isEqualTo(Permission.VIEW_SCHOOL);
    }
}
