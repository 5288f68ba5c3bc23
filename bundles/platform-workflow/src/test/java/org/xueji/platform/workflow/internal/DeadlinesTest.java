package org.xueji.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.StepDefinition;

/**
 * R17 deadlines in working days, per step and overridden by configuration, with dates counted
 * by hand on a plain Monday–Friday calendar (the statutory calendar has its own tests, D2).
 */
class DeadlinesTest {

    /** Monday to Friday, no holidays: enough to check which count the deadline takes. */
    static final WorkingDayCalendar WEEKDAYS = new WorkingDayCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate from, int days) {
            LocalDate d = from;
            for (int left = days; left > 0; ) {
                d = d.plusDays(1);
                if (isWorkingDay(d)) {
                    left--;
                }
            }
            return d;
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException("deadlines only add");
        }

        @Override
        public SortedSet<Integer> years() {
            return new TreeSet<>();
        }
    };

    static final MessageKey LABEL = () -> "workflow.step.test";

    static final StepDefinition APPROVAL = StepDefinition.of("bureau-approval", LABEL, Permission.APPROVE_DATA_RELEASE,
            DeciderScope.DISTRICT);
    static final StepDefinition CHECK = new StepDefinition("school-check", LABEL, Permission.APPROVE_DATA_RELEASE,
            DeciderScope.SCHOOL, 3);

    /** Friday 2026-11-27. */
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void r17_theStepsOwnDaysApplyWithoutConfiguration() {
        Deadlines d = new Deadlines(WEEKDAYS, null);
        assertThat(d.days("data-release", APPROVAL)).isEqualTo(7);
        assertThat(d.days("data-release", CHECK)).isEqualTo(3);
        // opened Friday 27 Nov: 7 working days are Mon 30 Nov … Tue 8 Dec (counted by hand)
        assertThat(d.deadline("data-release", APPROVAL, FRIDAY)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(d.deadline("data-release", CHECK, FRIDAY)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(d.calendar()).isSameAs(WEEKDAYS);
    }

    @Test
    void r17_configurationOverridesOneStepOfOneTypeOnly() {
        Map<String, Object> config = new HashMap<>();
        config.put("deadline.data-release.bureau-approval", " 10 ");
        config.put("deadline.transfer.bureau-approval", 2);
        config.put("lapseCheckMinutes", "-5"); // not a deadline: ignored
        config.put("deadline.data-release.unset", null);
        Deadlines d = new Deadlines(WEEKDAYS, config);
        assertThat(d.days("data-release", APPROVAL)).isEqualTo(10);
        assertThat(d.days("transfer", APPROVAL)).isEqualTo(2);
        assertThat(d.days("data-release", CHECK)).isEqualTo(3);
        assertThat(d.days("home-teaching", APPROVAL)).isEqualTo(7);
        // 10 working days from Friday 27 Nov: Friday 11 Dec
        assertThat(d.deadline("data-release", APPROVAL, FRIDAY)).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void r17_aDeadlineOfLessThanOneDayIsRefused() {
        assertThatThrownBy(() -> new Deadlines(WEEKDAYS, Map.of("deadline.data-release.bureau-approval", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deadline.data-release.bureau-approval must be at least 1: 0");
        assertThat(new Deadlines(WEEKDAYS, Map.of("deadline.a.b", "1")).days("a", StepDefinition.of("b", LABEL,
                Permission.APPROVE_DATA_RELEASE, DeciderScope.DISTRICT))).isEqualTo(1);
        assertThatThrownBy(() -> new Deadlines(WEEKDAYS, Map.of("deadline.a.b", "seven")))
                .isInstanceOf(NumberFormatException.class);
    }
}
