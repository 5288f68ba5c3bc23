package org.xueji.platform.workflow.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.api.workflow.StepDefinition;

/**
 * Step deadlines in working days (R17, D2): the step definition's days unless configuration
 * {@code org.xueji.workflow} sets {@code deadline.<type>.<step> = days}. The deadline is the
 * N-th working day after the day the step opens; a year without calendar data throws
 * {@link org.xueji.platform.api.calendar.CalendarYearMissingException} (never guessed).
 */
public final class Deadlines {

    static final String PREFIX = "deadline.";

    private final WorkingDayCalendar calendar;
    private final Map<String, Integer> overrides;

    public Deadlines(WorkingDayCalendar calendar, Map<String, ?> configuration) {
        this.calendar = calendar;
        Map<String, Integer> days = new HashMap<>();
        if (configuration != null) {
            configuration.forEach((key, value) -> {
                if (key.startsWith(PREFIX) && value != null) {
                    int n = Integer.parseInt(value.toString().trim());
                    if (n < 1) {
                        throw new IllegalArgumentException(key + " must be at least 1: " + n);
                    }
                    days.put(key.substring(PREFIX.length()), n);
                }
            });
        }
        this.overrides = Map.copyOf(days);
    }

    public int days(String type, StepDefinition step) {
        return overrides.getOrDefault(type + "." + step.id(), step.deadlineDays());
    }

    public LocalDate deadline(String type, StepDefinition step, LocalDate openedOn) {
        return calendar.addWorkingDays(openedOn, days(type, step));
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }
}
