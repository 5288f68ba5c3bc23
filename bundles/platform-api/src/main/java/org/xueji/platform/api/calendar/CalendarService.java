package org.xueji.platform.api.calendar;

import java.time.LocalDate;
import java.util.SortedSet;
import org.xueji.platform.api.Actor;

/**
 * Administration of the working-day calendar (D2). Reads are open to every logged-in actor;
 * changes only to the district administration ({@code ADMINISTER_SYSTEM}, district-wide), each
 * audited in the same transaction, refusals audited too. Deadlines are computed through the
 * {@link WorkingDayCalendar} service, which follows every change at once.
 */
public interface CalendarService {

    /** Largest accepted import file: 256 KB (a year's file is about 5 KB). */
    int MAX_IMPORT_BYTES = 256 * 1024;

    /** Years held. */
    SortedSet<Integer> years(Actor actor);

    /**
     * One year's schedule.
     *
     * @throws CalendarYearMissingException when the year is not held
     */
    HolidaySchedule year(Actor actor, int year);

    /**
     * Declares a day off or a make-up working day in a year already held (a new year comes by
     * import), replacing the entry of the same date. Audited {@code calendar.day.set}.
     *
     * @throws CalendarYearMissingException when the date's year is not held
     * @throws org.xueji.platform.api.ValidationException when the year's schedule would be inconsistent
     */
    HolidaySchedule setDay(Actor actor, SpecialDay day);

    /**
     * Removes a declared day (it becomes an ordinary weekday or weekend day). Audited
     * {@code calendar.day.remove}.
     */
    HolidaySchedule removeDay(Actor actor, LocalDate date);

    /**
     * Imports a year from a file in the holiday-cn format ({@code {year, papers, days:[{name,
     * date, isOffDay}]}}), judged strictly: at most {@link #MAX_IMPORT_BYTES}, well-formed JSON,
     * only known fields, its {@code year} equal to {@code year}, every date once and inside the
     * year. An existing year is replaced only when {@code replace} is set. All or nothing;
     * audited {@code calendar.year.import} with counts.
     */
    ImportResult importYear(Actor actor, int year, byte[] json, boolean replace);

    /**
     * What an import did.
     *
     * @param year            the year
     * @param daysOff         days off now held
     * @param makeUpDays      make-up working days now held
     * @param replaced        whether a year held before was replaced
     * @param previousDays    special days the replaced year had (0 for a new year)
     */
    record ImportResult(int year, long daysOff, long makeUpDays, boolean replaced, int previousDays) {
    }
}
