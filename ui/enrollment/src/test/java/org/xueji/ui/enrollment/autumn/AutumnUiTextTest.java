package org.xueji.ui.enrollment.autumn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.EnrollmentTopics;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ViewContribution;

/** Issue 15: the autumn registration view's texts in Chinese and English, its menu entry and topic. */
class AutumnUiTextTest {

    @Test
    void everyTextHasChineseAndEnglish() {
        for (AutumnUiText key : AutumnUiText.values()) {
            String zh = key.format(Locale.SIMPLIFIED_CHINESE, "甲校", 3);
            String en = key.format(Locale.ENGLISH, "School A", 3);
            assertThat(zh).as("zh %s", key).isNotEqualTo(key.name()).isNotBlank();
            assertThat(en).as("en %s", key).isNotEqualTo(key.name()).isNotBlank().isNotEqualTo(zh);
        }
        assertThat(AutumnUiText.UNCONFIRMED_TITLE.format(Locale.SIMPLIFIED_CHINESE, "甲校", 3))
                .isEqualTo("甲校：未确认在校的学生 3 名");
    }

    @Test
    void inTheEnrollmentGroup_answeringTheRemindersTopic() {
        ViewContribution view = new AutumnRegistrationViews();
        assertThat(view.group(Locale.SIMPLIFIED_CHINESE)).isEqualTo("招生与核查");
        assertThat(view.route()).isEqualTo("enrollment/autumn-registration");
        assertThat(view.requiredPermission()).isEqualTo(Permission.VIEW_STUDENT);
        assertThat(view.topics()).containsExactly(EnrollmentTopics.AUTUMN_REGISTRATION);
    }
}
