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
    REQUEST_SUBJECT,
    /** {0} run id: a head-teacher draw or an export needs a confirmed run. */
    RUN_NOT_CONFIRMED,
    /** {0} candidates, {1} classes. */
    HEAD_TEACHERS_TOO_FEW,
    /** {0} run id. */
    HEAD_TEACHERS_ALREADY_DRAWN,
    /** {0} run id. */
    NO_HEAD_TEACHER_DRAW,
    /** {0} the candidate (user name or name). */
    HEAD_TEACHER_TWICE,
    /** {0} user name. */
    NOT_A_TEACHER_OF_SCHOOL,
    /** a named teacher blank, longer than 50 characters or holding a line break or tab. */
    HEAD_TEACHER_NAME_INVALID,
    /** the seed longer than 100 characters or holding a line break or tab. */
    SEED_INVALID,
    /** The R4 result export: sheet name. */
    EXPORT_SHEET,
    /** Column headings of the result export. */
    EXPORT_COLUMN_CLASS,
    EXPORT_COLUMN_STUDENT_ID,
    EXPORT_COLUMN_NAME,
    EXPORT_COLUMN_SEX,
    SEX_MALE,
    SEX_FEMALE,
    /** {0} run id: the export's file name (without extension). */
    EXPORT_FILE_NAME;

    @Override
    public String key() {
        return name();
    }
}
