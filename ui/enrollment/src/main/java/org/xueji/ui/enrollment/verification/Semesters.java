package org.xueji.ui.enrollment.verification;

import java.time.LocalDate;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearService;

/** The semester whose count a date adds to, for R18's "twice per semester". */
final class Semesters {

    /** A semester: {@code schoolYear} 2025 is 2025–2026; {@code semester} 1 (autumn) or 2 (spring). */
    record Semester(int schoolYear, int semester) {
    }

    /**
     * From the registry's school calendar (the district's dates, or its defaults). The calendar
     * answers no semester in the breaks; for R18 a break counts to the semester before it: the
     * winter break to the first, the summer break (which the calendar gives to the ending
     * school year) to the second.
     */
    static Semester current(SchoolYearService calendar, LocalDate today) {
        SchoolYearDates year = calendar.schoolYearOf(today);
        int number = year.semesterOf(today).map(s -> s.number())
                .orElse(today.isBefore(year.second().start()) ? 1 : 2);
        return new Semester(year.startYear(), number);
    }

    private Semesters() {
    }
}
