package org.xueji.platform.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;

/**
 * One year of the statutory holiday schedule (D2): the days off and make-up working days the
 * State Council declared, with the notices ({@code papers}) they come from. Created only
 * through {@link #of}, which refuses inconsistent data with message keys, so a schedule in
 * hand is always valid.
 *
 * <p>What the real data allows (checked against the published 2024–2026 schedules): a day off
 * may fall on a weekend (the Saturday and Sunday inside a holiday block are listed as days
 * off); a make-up working day is always a Saturday or Sunday (a Monday to Friday is a working
 * day anyway, so declaring it one is a mistake).
 */
public final class HolidaySchedule {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    /** a year has at most 366 dates */
    public static final int MAX_DAYS = 366;
    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_PAPERS = 10;
    public static final int MAX_PAPER_LENGTH = 500;

    private final int year;
    private final List<String> papers;
    private final List<SpecialDay> days;

    private HolidaySchedule(int year, List<String> papers, List<SpecialDay> days) {
        this.year = year;
        this.papers = List.copyOf(papers);
        this.days = days.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * A checked schedule.
     *
     * @throws ValidationException listing every problem (field {@code year}, {@code papers} or
     *                             {@code days[i]}); nothing is half-accepted
     */
    public static HolidaySchedule of(int year, List<String> papers, List<SpecialDay> days) {
        List<FieldError> errors = new ArrayList<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(new FieldError("year", CalendarMessages.YEAR_OUT_OF_RANGE, String.valueOf(year),
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)));
        }
        List<String> paperList = papers == null ? List.of() : papers;
        if (paperList.size() > MAX_PAPERS || paperList.stream().anyMatch(p -> p == null || p.isBlank()
                || p.length() > MAX_PAPER_LENGTH || hasControlCharacters(p))) {
            errors.add(new FieldError("papers", CalendarMessages.PAPERS_INVALID, MAX_PAPERS, MAX_PAPER_LENGTH));
        }
        List<SpecialDay> dayList = days == null ? List.of() : days;
        if (dayList.size() > MAX_DAYS) {
            errors.add(new FieldError("days", CalendarMessages.TOO_MANY_DAYS, MAX_DAYS));
        } else {
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < dayList.size(); i++) {
                errors.addAll(dayErrors("days[" + i + "]", year, dayList.get(i), seen));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new HolidaySchedule(year, paperList.stream().map(String::strip).toList(), dayList);
    }

    private static List<FieldError> dayErrors(String field, int year, SpecialDay day, Set<LocalDate> seen) {
        List<FieldError> errors = new ArrayList<>();
        if (day == null || day.date() == null) {
            errors.add(new FieldError(field, CalendarMessages.DATE_REQUIRED));
            return errors;
        }
        String date = day.date().toString();
        if (day.name() == null || day.name().isEmpty()) {
            errors.add(new FieldError(field, CalendarMessages.NAME_REQUIRED, date));
        } else if (day.name().length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError(field, CalendarMessages.NAME_TOO_LONG, date, MAX_NAME_LENGTH));
        } else if (hasControlCharacters(day.name())) {
            errors.add(new FieldError(field, CalendarMessages.NAME_CONTROL_CHARACTERS, date));
        }
        if (day.date().getYear() != year) {
            errors.add(new FieldError(field, CalendarMessages.DATE_OUTSIDE_YEAR, date, String.valueOf(year)));
        }
        if (!seen.add(day.date())) {
            errors.add(new FieldError(field, CalendarMessages.DATE_TWICE, date));
        }
        if (!day.offDay() && !isWeekend(day.date())) {
            errors.add(new FieldError(field, CalendarMessages.MAKE_UP_NOT_WEEKEND, date));
        }
        return errors;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    private static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    /** This schedule with {@code day} added, or replacing the entry of the same date; checked again. */
    public HolidaySchedule with(SpecialDay day) {
        List<SpecialDay> changed = new ArrayList<>(days.size() + 1);
        days.stream().filter(d -> day == null || !d.date().equals(day.date())).forEach(changed::add);
        changed.add(day);
        return of(year, papers, changed);
    }

    /** This schedule without the entry of {@code date}, if there is one. */
    public HolidaySchedule without(LocalDate date) {
        return new HolidaySchedule(year, papers, days.stream().filter(d -> !d.date().equals(date)).toList());
    }

    public int year() {
        return year;
    }

    /** The notices the schedule comes from (links to gov.cn), possibly empty. */
    public List<String> papers() {
        return papers;
    }

    /** Every declared day, by date. */
    public List<SpecialDay> days() {
        return days;
    }

    public Optional<SpecialDay> day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** Declared days off (a weekend day inside a holiday block included). */
    public long daysOff() {
        return days.stream().filter(SpecialDay::offDay).count();
    }

    /** Declared make-up working days (调休). */
    public long makeUpDays() {
        return days.stream().filter(d -> !d.offDay()).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidaySchedule h && h.year == year && h.papers.equals(papers) && h.days.equals(days);
    }

    @Override
    public int hashCode() {
        return year * 31 + days.hashCode();
    }

    @Override
    public String toString() {
        return "HolidaySchedule[" + year + ", " + daysOff() + " days off, " + makeUpDays() + " make-up days]";
    }
}
