package org.xueji.dropout.api.risk;

import org.xueji.platform.api.MessageKey;

/** Messages of the early warning; texts in {@code messages.properties} (Chinese) and {@code messages_en.properties}. */
public enum RiskMessages implements MessageKey {
    /** {0} student id. */
    STUDENT_NOT_IN_SCHOOL,
    /** {0} the score, {1} the threshold. */
    BELOW_THRESHOLD,
    TERM_INVALID,
    /** {0} the school year. */
    SCHOOL_YEAR_INVALID,
    KIND_REQUIRED,
    GRADES_EMPTY,
    /** {0} the header cell found. */
    GRADES_BAD_HEADER,
    /** {0} row number, {1} masked ID number. */
    GRADES_UNKNOWN_STUDENT,
    /** {0} row number. */
    GRADES_DUPLICATE,
    /** {0} row number. */
    GRADES_ID_MISSING,
    /** {0} row number, {1} column (subject), {2} the cell. */
    GRADES_BAD_SCORE,
    /** {0} row number. */
    GRADES_NO_SCORE;

    @Override
    public String key() {
        return name();
    }
}
