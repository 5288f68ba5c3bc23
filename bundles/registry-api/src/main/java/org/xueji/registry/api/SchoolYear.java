package org.xueji.registry.api;

import java.time.LocalDate;

/**
 * A school year and its two semesters (第一学期 autumn, 第二学期 spring).
 *
 * @param startYear 2026 for the 2026–2027 school year
 */
public record SchoolYear(int startYear, LocalDate firstSemesterStart, LocalDate firstSemesterEnd,
                         LocalDate secondSemesterStart, LocalDate secondSemesterEnd) {

    public String label() {
        return startYear + "—" + (startYear + 1) + "学年";
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstSemesterStart) && !date.isAfter(secondSemesterEnd);
    }

    /** 1 or 2, or 0 in the holidays between them. */
    public int semesterOf(LocalDate date) {
        if (!date.isBefore(firstSemesterStart) && !date.isAfter(firstSemesterEnd)) {
            return 1;
        }
        if (!date.isBefore(secondSemesterStart) && !date.isAfter(secondSemesterEnd)) {
            return 2;
        }
        return 0;
    }
}
