package org.xueji.classbalance.api;

import org.xueji.platform.api.MessageKey;

/** Messages of the class-balancing service; texts in messages*.properties beside this class. */
public enum ClassBalanceMessages implements MessageKey {
    /** {0} run id. */
    RUN_NOT_FOUND,
    /** {0} run id, {1} its status. */
    RUN_LOCKED,
    /** {0} the grade. */
    NOT_STARTING_GRADE,
    NO_INTAKE,
    /** {0} student id. */
    EXTRAS_UNKNOWN_STUDENT,
    /** {0} classes asked, {1} classes in the registry. */
    CLASSES_NOT_IN_REGISTRY,
    /** {0} the maximum in bytes. */
    FILE_TOO_LARGE,
    /** {0} run id. */
    NOT_CONFIRMED,
    /** {0} the row, {1} the missing column. */
    SHEET_COLUMN_MISSING,
    /** {0} the row, {1} the column, {2} the text. */
    SHEET_NOT_A_NUMBER,
    /** {0} the row, {1} the text. */
    SHEET_ID_INVALID,
    /** label of the workflow request type. */
    REQUEST_TYPE,
    /** label of the confirmation step. */
    STEP_CONFIRM,
    /** {0} school, {1} grade, {2} run id: the inbox subject. */
    REQUEST_SUBJECT;

    @Override
    public String key() {
        return name();
    }
}
