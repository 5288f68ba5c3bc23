package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 8 / R7: every audit action the module names has a Chinese and an English label. */
class AuditActionLabelsTest {

    private final EnrollmentAuditActions labels = new EnrollmentAuditActions();

    @Test
    @DisplayName("R7: each named action has its own Chinese and English label")
    void labelledInBothLanguages() {
        assertThat(labels.actions()).contains("enrollment.import", "student.print", "verification.close");
        for (String action : labels.actions()) {
            String zh = labels.label(action, Locale.SIMPLIFIED_CHINESE);
            String en = labels.label(action, Locale.ENGLISH);
            assertThat(zh).as(action).isNotEqualTo(action).isNotEqualTo(en);
            assertThat(en).as(action).isNotEqualTo(action);
        }
        assertThat(labels.label("enrollment.import", Locale.SIMPLIFIED_CHINESE)).isEqualTo("导入学生");
        assertThat(labels.label("enrollment.import", Locale.ENGLISH)).isEqualTo("Students imported");
        assertThat(labels.label("student.view", Locale.ENGLISH)).as("not this module's").isNull();
    }
}
