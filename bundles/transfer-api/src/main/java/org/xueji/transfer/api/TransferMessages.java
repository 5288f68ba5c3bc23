package org.xueji.transfer.api;

import org.xueji.platform.api.MessageKey;

/** Messages of the transfer module (messages.properties Chinese, messages_en.properties English). */
public enum TransferMessages implements MessageKey {
    /** R10: the student has no registry record. */
    R10_NO_RECORD,
    /** R10: {0} record's grade, {1} target grade. */
    R10_GRADE_MISMATCH,
    /** R15/R14: {0} class, {1} limit, {2} present. */
    R15_CLASS_FULL,
    /** R8: {0} school code. */
    R8_SCHOOL_OVERSIZE,
    /** R8: {0} grade, {1} planned, {2} enrolled. */
    R8_PLAN_FULL,
    /** {0} the pending change's id. */
    PENDING_CHANGE_EXISTS,
    /** {0} class id. */
    TARGET_CLASS_NOT_FOUND,
    /** R12 借读. */
    TARGET_CLASS_OTHER_SCHOOL,
    TARGET_CLASS_CLOSED,
    TARGET_CLASS_REQUIRED,
    TARGET_SCHOOL_REQUIRED,
    SAME_SCHOOL,
    OTHER_SCHOOL_FOR_SCHOOL_CHANGE,
    /** {0} entry month. */
    DATE_BEFORE_ENTRY,
    DATE_REQUIRED,
    /** {0} the status. */
    RECORD_NOT_ACTIVE,
    RECORD_NOT_SUSPENDED,
    REASON_REQUIRED,
    /** {0} the maximum length. */
    TEXT_TOO_LONG,
    PLANNED_RETURN_REQUIRED,
    PLANNED_RETURN_BEFORE_DATE,
    OTHER_SIDE_REQUIRED,
    CORRECTION_REQUIRED,
    /** R9: {0} the missing categories. */
    EVIDENCE_MISSING,
    /** {0} the maximum number of files. */
    TOO_MANY_FILES,
    GRADE_STEP_WRONG,
    OVERRIDE_DISTRICT_ONLY,
    NOT_A_TRANSFER_OUT,
    REPLY_MISSING,
    REPLY_REFUSED,
    NOT_APPROVED,
    ALREADY_CONFIRMED,
    /** {0} change id. */
    CHANGE_NOT_FOUND,
    /** {0} evidence id. */
    EVIDENCE_NOT_FOUND,
    WITHDRAW_NOT_ACTIVE,
    /** {0} number of days. */
    WITHDRAW_LIMIT_PASSED,
    /** R17 reminder: {0} change id, {1} deadline, {2} working days left. */
    REMINDER_STEP_DUE_SOON,
    /** R17 reminder: {0} change id, {1} deadline. */
    REMINDER_STEP_OVERDUE,
    /** R18: {0} finding id. */
    FINDING_NOT_FOUND,
    /** R18: the finding was resolved (or its check closed). */
    FINDING_NOT_OPEN,
    /** R18: the module holding the 人籍一致 findings is not running. */
    FINDINGS_UNAVAILABLE,
    /** R18: the finding is not about this student, or not of the receiving school. */
    FINDING_MISMATCH,
    /** Transfer in, D1 一人一籍: the ID number already has a record in the district; {0} its masked 学籍号. */
    TRANSFER_IN_RECORD_EXISTS,
    /** Transfer in: the record entered from the sending school's printed form is missing. */
    TRANSFER_IN_RECORD_REQUIRED,
    /** Transfer in: {0} the grade on the sending school's form is required. */
    TRANSFER_IN_GRADE_REQUIRED,
    /** Transfer in: the sending side's reply is not recorded yet. */
    REPLY_MISSING_SENDING,
    /** Transfer in: the sending side refused to release the record. */
    REPLY_REFUSED_SENDING,
    /** The other side's reply is recorded for transfers out and in only. */
    NOT_A_TRANSFER_ACROSS,
    /** A local change type: {0} the code is not configured (or its configuration entry was skipped). */
    LOCAL_TYPE_UNKNOWN,
    /** Configuration of local types: an entry needs 5 fields code|中文名|English name|yes/no|yes/no. */
    LOCAL_TYPE_BAD_FIELDS,
    /** Configuration of local types: the code is lower-case letters, digits and '-', at most 20. */
    LOCAL_TYPE_BAD_CODE,
    /** Configuration of local types: a name is empty or longer than 50 characters. */
    LOCAL_TYPE_BAD_NAME,
    /** Configuration of local types: the district step and evidence flags are yes or no. */
    LOCAL_TYPE_BAD_FLAG,
    /** Configuration of local types: the code repeats an earlier entry (or a built-in type). */
    LOCAL_TYPE_DUPLICATE,
    /** Shell/view: {0} the entry's position, {1} why it was skipped. */
    LOCAL_TYPE_SKIPPED;

    @Override
    public String key() {
        return name();
    }
}
