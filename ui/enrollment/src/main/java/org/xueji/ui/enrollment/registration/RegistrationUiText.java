package org.xueji.ui.enrollment.registration;

import org.xueji.platform.api.MessageKey;

/**
 * Every text of the registration views; translations in {@code messages.properties} (Chinese,
 * the default) and {@code messages_en.properties} beside this class. {@link #GROUP} must read
 * the same as the other enrollment views' group, so that they share one menu group.
 */
public enum RegistrationUiText implements MessageKey {
    GROUP,
    PAGE_TITLE,
    REGISTER_TITLE,
    PRINT_TITLE,
    DEADLINES_TITLE,

    // registration form
    REGISTER_INTRO,
    NO_SCHOOL,
    SECTION_PLACEMENT,
    FIELD_SCHOOL,
    FIELD_SCHOOL_PLACEHOLDER,
    FIELD_ENTRY_GRADE,
    FIELD_CLASS,
    FIELD_CLASS_PLACEHOLDER,
    FIELD_NAME,
    FIELD_ID_NUMBER,
    FIELD_GUARDIANS,
    SAVE,
    FIX_ERRORS,

    // live check
    CHECK_WAITING,
    CHECK_FAILED,
    CHECK_KIND,
    KIND_G,
    KIND_J,
    KIND_L,
    KIND_UNKNOWN,
    CHECK_DUE,
    CHECK_LATE,
    LATE_BADGE,
    CHECK_BLOCKED,
    CHECK_SIMILAR,
    SAME_SOUND,
    JUSTIFICATION,
    JUSTIFICATION_PLACEHOLDER,
    JUSTIFICATION_REQUIRED,

    // result
    RESULT_HEADING,
    RESULT_TEXT,
    RESULT_NUMBER,
    REGISTERED,
    PRINT_FORM,
    VIEW_STUDENT,
    CONTINUE,

    // print
    PRINT_HINT,
    PRINT_QUERY,
    PRINT_QUERY_PLACEHOLDER,
    PRINT_SEARCH,
    PRINT_COUNT,
    PRINT_TOO_MANY,
    PRINT_EMPTY,
    PRINT_SELECTED,
    PRINT_DOWNLOAD,
    PRINT_NOT_ALLOWED,
    STUDENT_ID_INVALID,

    // columns
    COL_REGISTRY_NUMBER,
    COL_NAME,
    COL_SEX,
    COL_BIRTH_DATE,
    COL_SCHOOL,
    COL_CLASS,
    COL_NOTE,
    COL_GRADE,
    COL_PLANNED,
    COL_REGISTERED,
    COL_PERCENT,
    COL_LATE,
    COL_DUE_DATE,
    COL_DAYS_LEFT,
    COL_STATUS,

    // deadlines
    SCHOOL_YEAR,
    SCHOOL_YEAR_LABEL,
    STATUS_FILTER,
    ALL,
    DEADLINES_HEADING,
    DEADLINE_LABEL,
    DEADLINE_SAVE,
    DEADLINE_SAVED,
    DEADLINE_REQUIRED,
    DEADLINE_STANDARD,
    STATUS_COMPLETE,
    STATUS_ON_TRACK,
    STATUS_DUE_SOON,
    STATUS_OVERDUE,
    DAYS_LEFT,
    DUE_TODAY,
    DAYS_OVERDUE,
    PROGRESS_SUMMARY,
    PROGRESS_EMPTY,

    // dashboard
    CARD_TITLE,
    CARD_UNAVAILABLE,
    CARD_OVERDUE_SCHOOLS,
    CARD_DUE_SOON_SCHOOLS,
    CARD_GRADE_PROGRESS,
    CARD_OPEN,

    // live check, R1: what a school user sees of another school's record
    CHECK_BLOCKED_ELSEWHERE,
    CHECK_SIMILAR_ELSEWHERE,

    // pending registrations of admitted children (issue 12)
    INTAKE_TITLE,
    INTAKE_INTRO,
    INTAKE_REFERENCE,
    INTAKE_MIGRANT,
    INTAKE_OPEN,
    INTAKE_COMPLETING,
    INTAKE_CANCEL,
    // R18: registering the child of a 人在籍不在 finding
    FINDING_REGISTER,
    FINDING_BANNER,
    FINDING_SETTLED,
    FINDING_NOT_SETTLED;

    @Override
    public String key() {
        return name();
    }
}
