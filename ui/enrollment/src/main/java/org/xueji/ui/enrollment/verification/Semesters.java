package org.xueji.ui.enrollment.verification;

import java.time.LocalDate;
import java.util.List;
import org.xueji.registry.api.SchoolYear;

/** The semester a date belongs to, for R18's "twice per semester". */
final class Semesters {

    /** A semester: {@code schoolYear} 2025 is 2025–2026; {@code semester} 1 (autumn) or 2 (spring). */
    record Semester(int schoolYear, int semester) {
    }

    /**
     * From the district's school-year calendar; the winter holiday counts to the first semester.
     * Without calendar data (or in the summer holiday): September–January is the first semester
     * of the year that started in September, February–August the second.
     */
    static Semester current(List<SchoolYear> years, LocalDate today) {
        for (SchoolYear y : years) {
            if (y.contains(today)) {
                int s = y.semesterOf(today);
                return new Semester(y.startYear(), s == 0 ? 1 : s);
            }
        }
        int month = today.getMonthValue();
        if (month >= 9) {
            return new Semester(today.getYear(), 1);
        }
        if (month == 1) {
            return new Semester(today.getYear() - 1, 1);
        }
        return new Semester(today.getYear() - 1, 2);
    }

    private Semesters() {
    }
}
