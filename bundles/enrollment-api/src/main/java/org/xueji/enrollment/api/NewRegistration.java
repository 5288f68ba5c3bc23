package org.xueji.enrollment.api;

import org.xueji.registry.api.StudentData;

/**
 * A new student registered by a school registrar.
 *
 * @param entryGrade             the grade the student enters (1 or 7 for new intakes)
 * @param duplicateJustification required when {@link RegistrationCheck#similarStudents()} is
 *                               not empty: why this is a different person; kept with the record
 */
public record NewRegistration(StudentData student, int entryGrade, String duplicateJustification) {
}
