package org.xueji.classbalance.api.balance;

import org.xueji.platform.api.MessageKey;

/**
 * Refusals of class balancing (bad input, infeasible inputs); texts in {@code messages.properties}
 * (Chinese) and {@code messages_en.properties}. Arguments are ids, counts and keys, never names.
 */
public enum BalanceMessages implements MessageKey {
    /** {0} the class count given. */
    CLASS_COUNT_INVALID,
    /** {0} the cap given. */
    CAP_INVALID,
    NO_STUDENTS,
    /** {0} the row (1 = first student). */
    ID_MISSING,
    /** {0} the student id. */
    ID_DUPLICATE,
    /** {0} the student id. */
    SEX_MISSING,
    /** {0} the student id, {1} the score's name, {2} the value, {3} the maximum. */
    SCORE_OUT_OF_RANGE,
    /** {0} the student id, {1} the score's name. */
    SCORE_NOT_A_NUMBER,
    /** {0} the student id, {1} the number of subject scores given, {2} the number of subjects. */
    SUBJECT_COUNT_MISMATCH,
    /** {0} students, {1} the cap, {2} classes. */
    TOO_MANY_STUDENTS,
    /** {0} the group key, {1} its size, {2} the cap. */
    TOGETHER_GROUP_OVER_CAP,
    /** {0} the group key, {1} its size, {2} classes. */
    APART_GROUP_OVER_CLASSES,
    /** {0} the together key, {1} the apart key. */
    TOGETHER_AND_APART,
    /** {0} the together key. */
    SAME_NAMES_TOGETHER,
    /** {0} the number of students with one name, {1} classes, {2} the first student id. */
    SAME_NAMES_OVER_CLASSES,
    /** {0} the number of hard conflicts left. */
    NO_ASSIGNMENT_FOUND,
    /** {0} the line, {1} the missing column. */
    CSV_COLUMN_MISSING,
    CSV_EMPTY,
    /** {0} the line. */
    CSV_NOT_UTF8,
    /** {0} the line, {1} the value. */
    CSV_SEX_INVALID,
    /** {0} the line, {1} the column, {2} the text. */
    CSV_NOT_A_NUMBER,
    /** {0} the line, {1} the number of fields, {2} the number of columns. */
    CSV_FIELD_COUNT;

    @Override
    public String key() {
        return name();
    }
}
