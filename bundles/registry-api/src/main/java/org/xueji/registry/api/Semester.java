package org.xueji.registry.api;

import java.time.LocalDate;

/**
 * One semester of a school year: {@code number} 1 is the autumn semester (第一学期), 2 the
 * spring semester (第二学期). Both ends are school days of the semester.
 */
public record Semester(int schoolYear, int number, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** "2026—2027学年第一学期" */
    public String label() {
        return schoolYear + "—" + (schoolYear + 1) + "学年" + (number == 1 ? "第一学期" : "第二学期");
    }
}
