package org.xueji.enrollment.api;

import org.xueji.platform.api.MessageKey;

/** Messages of the enrollment module; texts in messages*.properties beside this class. */
public enum EnrollmentMessages implements MessageKey {
    DUPLICATE_JUSTIFICATION_REQUIRED,
    DISTRICT_ONLY,
    SEMESTER_INVALID,
    ROSTER_PERSON_INVALID,
    ENTRY_GRADE_INVALID,
    DEADLINE_INVALID,
    CAMPAIGN_INVALID,
    CAMPAIGN_NOT_FOUND,
    VERIFICATION_NOT_FOUND,
    VERIFICATION_CLOSED,
    VERIFICATION_UNRESOLVED,
    VERIFICATION_NOTHING_COMPARED,
    VERIFICATION_CLASSES_MISSING,
    DISCREPANCY_NOT_FOUND,
    RESOLUTION_NOTE_REQUIRED,
    CLASS_NOT_IN_VERIFICATION,
    ROSTER_REJECTED,
    IMPORT_NOT_FOUND,
    IMPORT_SCHOOL_REQUIRED,
    /** No arguments. */
    SHEET_EMPTY,
    /** {0} the row limit. */
    TOO_MANY_ROWS,
    /** {0} the number of rows searched, {1} example header names. */
    HEADER_NOT_FOUND,
    /** {0} the missing headers, joined with 、. */
    COLUMNS_MISSING,

    // Row problems of a spreadsheet import (ImportIssue messages).
    /** {0} header. */
    CELL_FORMULA,
    /** {0} header, {1} the error value (#N/A …). */
    CELL_ERROR,
    /** {0} header. */
    ID_NUMBER_AS_NUMBER,
    /** {0} header, {1} the value given. */
    DATE_FORMAT,
    /** {0} header, {1} the value given. */
    YEAR_MONTH_FORMAT,
    /** {0} header, {1} the value given, {2} the accepted codes and labels. */
    CODE_UNKNOWN,
    /** {0} the value given. */
    GRADE_UNKNOWN,
    /** {0} the value given. */
    CLASS_FORMAT,
    /** {0} the class given, {1} the grade given. */
    CLASS_GRADE_MISMATCH,
    /** {0} the class name (一年级(3)班). */
    CLASS_UNKNOWN_IN_SCHOOL,

    // Reminders (ReminderProvider): localised by the console.
    /** {0} number of schools, {1} the grade ({@link GradeName}), {2} due date. */
    REMINDER_SCHOOLS_OVERDUE,
    /** {0} number of schools, {1} the grade ({@link GradeName}), {2} due date. */
    REMINDER_SCHOOLS_DUE_SOON,
    /** {0} the grade ({@link GradeName}), {1} due date, {2} registered, {3} planned. */
    REMINDER_OWN_OVERDUE,
    /** {0} the grade ({@link GradeName}), {1} days left, {2} due date, {3} registered, {4} planned. */
    REMINDER_OWN_DAYS_LEFT,
    /** {0} the campaign's title, {1} due date. */
    REMINDER_VERIFICATION_OPEN,

    // issue 15: autumn registration of current students and the grade-9 escalation
    /** {0} the school year */
    AUTUMN_REGISTRATION_ALREADY_OPEN,
    /** {0} the school year, {1} the deadline */
    AUTUMN_REGISTRATION_TITLE,
    /** {0} the school year, {1} deadline: the autumn registration has passed its deadline */
    AUTUMN_REGISTRATION_DEADLINE_PASSED,
    /** {0} unconfirmed students, {1} deadline */
    REMINDER_AUTUMN_UNCONFIRMED,
    /** {0} grade-9 without record, {1} grade-9 not confirmed, {2} 中考 date, {3} principals, {4} registrars */
    REMINDER_GRADE9_SCHOOL,
    /** {0} schools, {1} cases, {2} 中考 date */
    REMINDER_GRADE9_DISTRICT,
    /** Import row (D1 + R1): the ID number has a record at a school the importer may not see. No arguments. */
    ID_NUMBER_HELD_ELSEWHERE,
    /** Import row (D1 + R1): a same or same-sounding name, sex and birth date at another school. No arguments. */
    SIMILAR_RECORD_ELSEWHERE,
    /** R5: the account already runs an import. No arguments. */
    IMPORT_ALREADY_RUNNING,
    /** R5: {0} how many imports may run at once in the whole system. */
    IMPORTS_BUSY,
    /** R4: a bulk print of more forms than one file holds. */
    PRINT_TOO_MANY;

    @Override
    public String key() {
        return name();
    }
}
