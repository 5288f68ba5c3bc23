package org.xueji.enrollment.api;

import java.time.LocalDate;

/**
 * R19: the day by which a starting grade's new students are registered in a school year
 * (grade 1 by 30 September, grade 7 by 31 October unless the district sets other dates).
 */
public record RegistrationDeadline(int schoolYear, int gradeLevel, LocalDate dueDate) {

    /** The notice's dates for a school year. */
    public static RegistrationDeadline standard(int schoolYear, int gradeLevel) {
        return switch (gradeLevel) {
            case 1 -> new RegistrationDeadline(schoolYear, 1, LocalDate.of(schoolYear, 9, 30));
            case 7 -> new RegistrationDeadline(schoolYear, 7, LocalDate.of(schoolYear, 10, 31));
            default -> throw new IllegalArgumentException("no registration deadline for grade " + gradeLevel);
        };
    }
}
