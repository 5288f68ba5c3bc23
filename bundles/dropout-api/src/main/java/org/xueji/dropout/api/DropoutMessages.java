package org.xueji.dropout.api;

import org.xueji.platform.api.MessageKey;

/** Messages of the dropout module; texts in {@code messages.properties} (Chinese) and {@code messages_en.properties}. */
public enum DropoutMessages implements MessageKey {
    /** {0} entry id. */
    ENTRY_NOT_FOUND,
    CHILD_REQUIRED,
    NAME_REQUIRED,
    SEX_REQUIRED,
    BIRTH_DATE_REQUIRED,
    ID_NUMBER_INVALID,
    /** The ID number's birth date or sex differs from what was entered. */
    ID_NUMBER_MISMATCH,
    /** {0} student id. */
    STUDENT_UNKNOWN,
    /** {0} the age, {1} youngest, {2} oldest. */
    NOT_SCHOOL_AGE,
    TOWN_REQUIRED,
    SCHOOL_REQUIRED,
    REASON_REQUIRED,
    SOURCE_REQUIRED,
    DATE_REQUIRED,
    /** {0} the date, {1} today. */
    DATE_IN_FUTURE,
    /** {0} the maximum length. */
    TEXT_TOO_LONG,
    NOT_SUSPECTED,
    ENTRY_CLOSED,
    ENTRY_CLOSING,
    OUTCOME_REQUIRED,
    CLASS_REQUIRED,
    /** {0} class id. */
    CLASS_UNKNOWN,
    RECEIVING_SCHOOL_REQUIRED,
    RECEIVING_NOT_CONFIRMED,
    NEW_PLACE_REQUIRED,
    NEW_PLACE_NOT_CONFIRMED,
    NOTE_REQUIRED,
    LINE_REQUIRED,
    /** {0} account. */
    PERSON_UNKNOWN,
    /** {0} account, {1} town, {2} village. */
    PERSON_OUTSIDE_AREA,
    /** {0} account, {1} the line. */
    PERSON_WRONG_ROLE,
    /** {0} account. */
    PERSON_OTHER_SCHOOL,
    /** The government line needs the household's town. */
    HOUSEHOLD_PLACE_MISSING,
    VISITORS_REQUIRED,
    MET_REQUIRED,
    VISIT_OUTCOME_REQUIRED,
    /** {0} visit id. */
    EVIDENCE_NOT_FOUND,
    /** {0} campaign id. */
    CAMPAIGN_NOT_FOUND,
    CAMPAIGN_CLOSED,
    /** {0} households not yet recorded. */
    CAMPAIGN_UNRECORDED,
    TITLE_REQUIRED,
    /** {0} the date. */
    NO_SEMESTER,
    /** {0} household id. */
    HOUSEHOLD_NOT_FOUND,
    HOUSEHOLD_REQUIRED,
    /** {0} account. */
    TEACHER_NOT_OF_SCHOOL,
    FINDING_REQUIRED,
    WHERE_REQUIRED,
    /** {0} line number. */
    CHILD_TWICE,
    DISTRICT_ONLY,
    SCHOOL_ONLY,
    AREA_OUTSIDE,
    /** Workflow request type label. */
    WORKFLOW_CLOSE,
    /** Workflow step label. */
    WORKFLOW_STEP,
    /** {0} number of dropouts without a visit for too long, {1} working days. */
    REMINDER_VISIT_DUE,
    /** {0} number of entries missing responsible persons. */
    REMINDER_MISSING_PERSONS,
    /** {0} number of at-risk children the person answers for. */
    REMINDER_MY_CHILDREN,
    /** Ledger incident description code. */
    INCIDENT_NO_VISIT,
    /** {0} row, {1} the ID number as typed (masked). */
    ATTENDANCE_UNKNOWN_STUDENT,
    /** {0} row. */
    ATTENDANCE_DUPLICATE,
    /** {0} row, {1} day, {2} the mark. */
    ATTENDANCE_UNKNOWN_MARK,
    /** {0} the header cell. */
    ATTENDANCE_BAD_HEADER,
    ATTENDANCE_EMPTY,
    /** {0} the month. */
    MONTH_IN_FUTURE,
    /** The special-needs module (送教上门) is not installed. */
    HOME_TEACHING_UNAVAILABLE,
    /** {0} entry id, {1} the outcome: the closing request's inbox subject. */
    WORKFLOW_CLOSE_SUBJECT;

    @Override
    public String key() {
        return name();
    }
}
