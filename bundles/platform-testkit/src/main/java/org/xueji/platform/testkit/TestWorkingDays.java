package org.xueji.platform.testkit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.calendar.WorkingDayCalendar;

/**
 * A working-day calendar for tests (D2): Monday to Friday unless listed as a holiday, a
 * weekend day only when listed as a make-up working day; a date outside {@code years} throws
 * {@link CalendarYearMissingException}, like the real calendar. The real seeded calendar lives
 * in platform-calendar; this one lets a module test its deadlines without it.
 */
public final class TestWorkingDays implements WorkingDayCalendar {

    private final SortedSet<Integer> years;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;

    public TestWorkingDays(Set<Integer> years, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        this.years = new TreeSet<>(years);
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
    }

    /** Plain weekdays in the given years. */
    public static TestWorkingDays weekdays(Integer... years) {
        return new TestWorkingDays(Set.of(years), Set.of(), Set.of());
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new CalendarYearMissingException(date.getYear());
        }
        if (holidays.contains(date)) {
            return false;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY || makeUpDays.contains(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days: " + days);
        }
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
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public SortedSet<Integer> years() {
        return new TreeSet<>(years);
    }
}
