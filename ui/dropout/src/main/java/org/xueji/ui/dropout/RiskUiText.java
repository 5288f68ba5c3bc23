package org.xueji.ui.dropout;

import org.xueji.platform.api.MessageKey;

/** Texts of the early-warning views; {@code risk.properties} (Chinese) and {@code risk_en.properties} beside it. */
public enum RiskUiText implements MessageKey {
    TITLE,
    INTRO,
    IMPORTS_TITLE,
    IMPORTS_INTRO,
    SCHOOL,
    SUMMARY,
    WEIGHTS,
    COL_NAME,
    COL_ID_NUMBER,
    COL_GRADE,
    COL_SCORE,
    COL_INDICATORS,
    COL_LEDGER,
    FIGURES,
    EMPTY,
    CONFIRM,
    CONFIRM_TITLE,
    CONFIRM_HINT,
    REASON,
    NOTE,
    CONFIRMED,
    ON_LEDGER,
    CANCEL,
    CLASS,
    MONTH,
    ATTENDANCE_TITLE,
    ATTENDANCE_HINT,
    ATTENDANCE_FILE,
    ATTENDANCE_IMPORT,
    ATTENDANCE_DONE,
    GRADES_TITLE,
    GRADES_HINT,
    GRADES_FILE,
    GRADES_IMPORT,
    GRADES_DONE,
    SCHOOL_YEAR,
    TERM,
    FILE_REQUIRED,
    ERRORS;

    @Override
    public String key() {
        return name();
    }

    @Override
    public String bundleBaseName() {
        return "org.xueji.ui.dropout.risk";
    }
}
