package org.xueji.platform.api.calendar;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * Working days by the statutory holiday calendar (D2): Monday to Friday are working days
 * unless declared a holiday; a Saturday or Sunday is a working day only when declared a
 * make-up working day (调休). A date in a year the calendar holds no data for is never
 * guessed: every method throws {@link CalendarYearMissingException} naming that year.
 */
public interface WorkingDayCalendar {

    /** Whether {@code date} is a working day. */
    boolean isWorkingDay(LocalDate date);

    /**
     * The {@code days}-th working day after {@code from}, {@code from} itself not counted
     * (2025-01-20 plus 7 is 2025-02-05). {@code days} must be at least 0; 0 gives {@code from}.
     */
    LocalDate addWorkingDays(LocalDate from, int days);

    /**
     * Working days in {@code (from, to]}: after {@code from}, up to and including {@code to};
     * negative when {@code to} is before {@code from}. {@code between(d, addWorkingDays(d, n)) == n}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** Years the calendar holds data for. */
    SortedSet<Integer> years();
}
