package org.xueji.ui.classbalance;

import org.xueji.platform.api.MessageKey;

/** Every text of the class-balancing views; translations in messages*.properties beside this class. */
public enum ClassBalanceUiText implements MessageKey {
    GROUP,
    PAGE_TITLE,
    TITLE,
    INTRO,
    REVIEW_TITLE,
    MONITOR_TITLE,
    MONITOR_INTRO,
    FIELD_SCHOOL,
    FIELD_GRADE,
    FIELD_YEAR,
    FIELD_CLASSES,
    FIELD_CAP,
    FIELD_SEED,
    SEED_HELP,
    SCORES,
    /** {0} rows */
    SCORES_READ,
    RUN,
    RUNS,
    COL_RUN,
    COL_GRADE,
    COL_CLASSES,
    COL_SEED,
    COL_STATUS,
    COL_PROPOSED,
    COL_METRIC,
    COL_OURS,
    COL_SNAKE,
    COL_CLASS,
    COL_NAME,
    COL_SEX,
    COL_TOTAL,
    COL_SCHOOL,
    COL_STUDENTS,
    COL_CAP,
    COL_MARK,
    MALE,
    FEMALE,
    /** {0} id, {1} status, {2} seed, {3} iterations */
    RUN_HEADER,
    /** {0} hash */
    HASH,
    READ_ONLY,
    RERUN,
    SUBMIT,
    SUBMITTED,
    VERIFY,
    /** {0} stored, {1} recomputed */
    VERIFY_OK,
    /** {0} stored, {1} recomputed */
    VERIFY_FAILED,
    PUBLICATION,
    M_SIZE,
    M_BOYS,
    M_TOTAL,
    /** {0} subject */
    M_SUBJECT,
    M_SD,
    /** {0} flag */
    M_FLAG,
    M_HARD,
    /** {0} class number */
    CLASS_N,
    CHART_MEANS,
    CHART_SIZES,
    SERIES_OURS,
    SERIES_SNAKE,
    /** {0} cap */
    CAP_LINE,
    OVER_CAP,
    HUGE,
    ALL_GRADES,
    ALL_SCHOOLS,
    NO_RUNS,
    HT_HEADER,
    HT_ACCOUNTS,
    HT_NAMES,
    HT_SEED,
    HT_DRAW,
    /** {0} seed, {1} candidates */
    HT_DRAWN,
    HT_COL_TEACHER,
    EXPORT_BUTTON,
    EXPORT_NEEDS_APPROVAL,
    /** {0} rows, {1} file name */
    EXPORT_READY;

    @Override
    public String key() {
        return name();
    }
}
