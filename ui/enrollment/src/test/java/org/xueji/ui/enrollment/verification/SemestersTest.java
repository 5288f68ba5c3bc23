package org.xueji.ui.enrollment.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.api.SchoolYear;

class SemestersTest {

    private static final SchoolYear Y2025 = new SchoolYear(2025, LocalDate.of(2025, 9, 1),
            LocalDate.of(2026, 1, 23), LocalDate.of(2026, 2, 24), LocalDate.of(2026, 7, 3));

    private static Semesters.Semester at(String date) {
        return Semesters.current(List.of(Y2025), LocalDate.parse(date));
    }

    @Test
    void fromTheCalendar() {
        assertThat(at("2025-10-15")).isEqualTo(new Semesters.Semester(2025, 1));
        assertThat(at("2026-03-01")).isEqualTo(new Semesters.Semester(2025, 2));
    }

    @Test
    void winterHolidayCountsToTheFirstSemester() {
        assertThat(at("2026-02-10")).isEqualTo(new Semesters.Semester(2025, 1));
    }

    @Test
    void withoutCalendarByMonth() {
        assertThat(Semesters.current(List.of(), LocalDate.of(2026, 9, 10))).isEqualTo(new Semesters.Semester(2026, 1));
        assertThat(Semesters.current(List.of(), LocalDate.of(2027, 1, 5))).isEqualTo(new Semesters.Semester(2026, 1));
        assertThat(Semesters.current(List.of(), LocalDate.of(2027, 4, 5))).isEqualTo(new Semesters.Semester(2026, 2));
        // summer holiday after the calendar's year: still the second semester
        assertThat(at("2026-08-01")).isEqualTo(new Semesters.Semester(2025, 2));
    }
}
