package org.xueji.specialneeds.api;

import org.xueji.platform.api.MessageKey;

/** Errors and labels of the special-needs module; texts in {@code messages.properties} (zh) and {@code messages_en.properties}. */
public enum SpecialNeedsMessages implements MessageKey {
    REQUIRED,
    /** {0} maximum length. */
    TOO_LONG,
    ID_NUMBER_INVALID,
    DISABILITY_REQUIRED,
    DEGREE_INVALID,
    DATE_IN_FUTURE,
    /** {0} child id. */
    CHILD_NOT_FOUND,
    /** {0} student id. */
    STUDENT_NOT_FOUND,
    OUTSIDE_AREA,
    SCHOOL_REQUIRED,
    DEFERRAL_NEEDS_REASON,
    REVIEW_DATE_INVALID,
    ASSESSMENT_PENDING,
    /** {0} assessment id. */
    ASSESSMENT_NOT_FOUND,
    NOT_HOME_TEACHING,
    SEMESTER_INVALID,
    PLAN_PENDING,
    /** {0} plan id. */
    PLAN_NOT_FOUND,
    TEACHER_REQUIRED,
    END_BEFORE_START,
    PERIODS_INVALID,
    /** {0} the teacher, {1} the other visit's start, {2} its end. */
    TEACHER_OVERLAP,
    CONFIRMATION_REQUIRED,
    /** {0} maximum number of photos. */
    TOO_MANY_PHOTOS,
    /** {0} visit id. */
    VISIT_NOT_FOUND,
    /** {0} evidence id. */
    EVIDENCE_NOT_FOUND,
    /** Request type label. */
    PLACEMENT_REQUEST,
    PLACEMENT_STEP,
    PLAN_REQUEST,
    PLAN_STEP,
    /** Reminder: {0} child id, {1} the month. */
    REMINDER_MONTH_WITHOUT_VISIT,
    /** Reminder: {0} child id. */
    REMINDER_REVIEW_DUE,
    /** Reminder: {0} child id. */
    REMINDER_NO_PLAN,
    /** Removal refused: assessments, plans or visits were recorded for the child. */
    CHILD_HAS_RECORDS,
    /** Removal refused: the child came from a referral, whose sender waits for the placement. */
    CHILD_REFERRED,
    /** R26 一人一案: the child (same registry record or ID number) is on the register already. */
    CHILD_ALREADY_REGISTERED,
    /** The registry record of a placed child cannot be changed. */
    STUDENT_FIXED_BY_PLACEMENT,
    /** {0} child id, {1} assessment id, {2} the conclusion: the placement request's inbox subject. */
    PLACEMENT_SUBJECT,
    /** {0} child id, {1} school year, {2} semester, {3} version: the plan request's inbox subject. */
    PLAN_SUBJECT,
    /** Conclusions of an assessment (registry-api Placement), for subjects. */
    CONCLUSION_REGULAR_CLASS,
    CONCLUSION_SPECIAL_SCHOOL,
    CONCLUSION_HOME_TEACHING,
    CONCLUSION_DEFERRAL;

    @Override
    public String key() {
        return name();
    }
}
