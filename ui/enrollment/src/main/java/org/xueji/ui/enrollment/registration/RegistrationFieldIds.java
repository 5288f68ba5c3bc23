package org.xueji.ui.enrollment.registration;

import org.xueji.ui.kit.student.StudentFieldIds;

/**
 * Element ids of the registration form (for end-to-end tests): the student-record fields of
 * the UI kit with the prefix {@code reg-} ({@code reg-name}, {@code reg-g1-phone}), and the
 * registration's own fields, which also show the errors the service reports for them.
 */
final class RegistrationFieldIds {

    static final String SCHOOL = "reg-school";
    static final String ENTRY_GRADE = "reg-entry-grade";
    static final String CLASS = "reg-class";
    static final String JUSTIFICATION = "reg-justification";
    static final String SAVE = "reg-save";

    /** The record's ids plus school, entry grade, class and the duplicate justification. */
    static final StudentFieldIds IDS = StudentFieldIds.REGISTRATION
            .withExtra("schoolId", SCHOOL)
            .withExtra("entryGrade", ENTRY_GRADE)
            .withExtra("classId", CLASS)
            .withExtra("duplicateJustification", JUSTIFICATION);

    private RegistrationFieldIds() {
    }
}
