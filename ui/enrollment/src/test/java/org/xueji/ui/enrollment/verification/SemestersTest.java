package org.xueji.ui.enrollment.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearRules;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;

class SemestersTest {

    private static final SchoolYear Y2025 = new SchoolYear(2025, LocalDate.of(2025, 9, 1),
            LocalDate.of(2026, 1, 23), LocalDate.of(2026, 2, 24), LocalDate.of(2026, 7, 3));

    /** A district that set 2025—2026; every other year has the registry's defaults. */
    private static final SchoolYearService CALENDAR = calendar(Map.of(2025, new SchoolYearDates(Y2025,
            LocalDate.of(2025, 9, 30), LocalDate.of(2026, 6, 16), List.of(), true)));

    /** A district that set nothing. */
    private static final SchoolYearService DEFAULTS = calendar(Map.of());

    private static Semesters.Semester at(String date) {
        return Semesters.current(CALENDAR, LocalDate.parse(date));
    }

    @Test
    void r18_fromTheCalendar() {
        assertThat(at("2025-10-15")).isEqualTo(new Semesters.Semester(2025, 1));
        assertThat(at("2026-03-01")).isEqualTo(new Semesters.Semester(2025, 2));
    }

    @Test
    void r18_winterHolidayCountsToTheFirstSemester() {
        assertThat(at("2026-02-10")).isEqualTo(new Semesters.Semester(2025, 1));
        // the day before the set second semester starts, though the default break ends earlier
        assertThat(at("2026-02-23")).isEqualTo(new Semesters.Semester(2025, 1));
        assertThat(at("2026-02-24")).isEqualTo(new Semesters.Semester(2025, 2));
    }

    @Test
    void r18_withoutCalendarTheDefaults() {
        assertThat(Semesters.current(DEFAULTS, LocalDate.of(2026, 9, 10))).isEqualTo(new Semesters.Semester(2026, 1));
        assertThat(Semesters.current(DEFAULTS, LocalDate.of(2027, 1, 5))).isEqualTo(new Semesters.Semester(2026, 1));
        assertThat(Semesters.current(DEFAULTS, LocalDate.of(2027, 4, 5))).isEqualTo(new Semesters.Semester(2026, 2));
        // the default winter break (21 January – 19 February) counts to the first semester
        assertThat(Semesters.current(DEFAULTS, LocalDate.of(2027, 2, 10))).isEqualTo(new Semesters.Semester(2026, 1));
        assertThat(Semesters.current(DEFAULTS, LocalDate.of(2027, 2, 20))).isEqualTo(new Semesters.Semester(2026, 2));
        // summer holiday after the calendar's year: still the second semester
        assertThat(at("2026-08-01")).isEqualTo(new Semesters.Semester(2025, 2));
        assertThat(Semesters.current(DEFAULTS, LocalDate.of(2027, 8, 31))).isEqualTo(new Semesters.Semester(2026, 2));
        assertThat(Semesters.current(DEFAULTS, LocalDate.of(2027, 9, 1))).isEqualTo(new Semesters.Semester(2027, 1));
    }

    /**
     * The registry's calendar as its contract describes it: stored years, else the defaults; a
     * date before a year's first semester belongs to the year before.
     */
    private static SchoolYearService calendar(Map<Integer, SchoolYearDates> stored) {
        return new SchoolYearService() {
            @Override
            public SchoolYearDates schoolYear(int startYear) {
                return stored.getOrDefault(startYear, SchoolYearRules.defaults(startYear));
            }

            @Override
            public SchoolYearDates schoolYearOf(LocalDate date) {
                SchoolYearDates y = schoolYear(date.getYear());
                return date.isBefore(y.first().start()) ? schoolYear(date.getYear() - 1) : y;
            }

            @Override
            public Optional<Semester> semesterOf(LocalDate date) {
                return schoolYearOf(date).semesterOf(date);
            }

            @Override
            public LocalDate semesterEnd(LocalDate date) {
                throw new UnsupportedOperationException();
            }

            @Override
            public SchoolYearDates current() {
                throw new UnsupportedOperationException();
            }

            @Override
            public SchoolYearDates set(Actor actor, SchoolYearDates dates) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
