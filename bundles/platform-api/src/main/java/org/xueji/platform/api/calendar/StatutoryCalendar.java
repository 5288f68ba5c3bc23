package org.xueji.platform.api.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.xueji.platform.api.DomainException;

/**
 * The working-day arithmetic over a fixed set of {@link HolidaySchedule years} (D2), pure and
 * immutable: the calendar service holds one in memory and replaces it after each change, and
 * other bundles' unit tests build real calendars without OSGi
 * ({@code new StatutoryCalendar(List.of(schedule2025))}).
 *
 * <p>Monday to Friday are working days unless declared days off; a Saturday or Sunday is one
 * only when declared a make-up working day. Any date in a year without a schedule — the
 * starting date, the result, or a date passed on the way — throws
 * {@link CalendarYearMissingException} naming that year.
 */
public final class StatutoryCalendar implements WorkingDayCalendar {

    private final Map<LocalDate, Boolean> offDayByDate;
    private final SortedSet<Integer> years;

    public StatutoryCalendar(Collection<HolidaySchedule> schedules) {
        Map<LocalDate, Boolean> map = new HashMap<>();
        SortedSet<Integer> held = new TreeSet<>();
        for (HolidaySchedule s : schedules) {
            if (!held.add(s.year())) {
                throw new IllegalArgumentException("year " + s.year() + " given twice");
            }
            s.days().forEach(d -> map.put(d.date(), d.offDay()));
        }
        this.offDayByDate = Map.copyOf(map);
        this.years = Collections.unmodifiableSortedSet(held);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        requireYear(date);
        Boolean offDay = offDayByDate.get(date);
        if (offDay != null) {
            return !offDay;
        }
        return !HolidaySchedule.isWeekend(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new DomainException(CalendarMessages.DAYS_NEGATIVE, String.valueOf(days));
        }
        requireYear(from);
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireYear(from);
        requireYear(to);
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public SortedSet<Integer> years() {
        return years;
    }

    private void requireYear(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new CalendarYearMissingException(date.getYear());
        }
    }
}
