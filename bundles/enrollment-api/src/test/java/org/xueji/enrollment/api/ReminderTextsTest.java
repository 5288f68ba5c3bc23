package org.xueji.enrollment.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 (R19 reminders): a reminder is a message key with arguments; the console formats it
 * in the user's language, the grade included (a {@link GradeName} argument is localised too).
 */
class ReminderTextsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 9, 30);

    @Test
    @DisplayName("R19: the district's overdue reminder reads as before in Chinese and in English in English")
    void schoolsOverdue() {
        Object[] args = {3L, GradeName.of(1), DUE};

        assertThat(EnrollmentMessages.REMINDER_SCHOOLS_OVERDUE.format(Locale.SIMPLIFIED_CHINESE, args))
                .isEqualTo("3 所学校一年级新生注册已逾期（截止 2026-09-30）");
        assertThat(EnrollmentMessages.REMINDER_SCHOOLS_OVERDUE.format(Locale.ENGLISH, args))
                .isEqualTo("Registration of grade 1 overdue in 3 school(s) (due 2026-09-30)");
    }

    @Test
    @DisplayName("R19: a school's own reminder names grade 7 as 七年级 / grade 7")
    void ownDaysLeft() {
        Object[] args = {GradeName.of(7), 12, DUE, 40, 45};

        assertThat(EnrollmentMessages.REMINDER_OWN_DAYS_LEFT.format(Locale.SIMPLIFIED_CHINESE, args))
                .isEqualTo("七年级新生注册还剩 12 天（截止 2026-09-30），已注册 40 / 计划 45");
        assertThat(EnrollmentMessages.REMINDER_OWN_DAYS_LEFT.format(Locale.ENGLISH, args))
                .isEqualTo("Registration of grade 7: 12 days left (due 2026-09-30), 40 of 45 planned registered");
    }

    @Test
    @DisplayName("every grade has a Chinese and an English name; grades outside 1–12 are refused")
    void gradeNames() {
        assertThat(GradeName.of(10).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("高一");
        assertThat(GradeName.of(12).format(Locale.ENGLISH)).isEqualTo("grade 12");
        for (GradeName g : GradeName.values()) {
            assertThat(g.format(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(g.name());
            assertThat(g.format(Locale.ENGLISH)).isNotEqualTo(g.name());
        }
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> GradeName.of(13));
    }
}
