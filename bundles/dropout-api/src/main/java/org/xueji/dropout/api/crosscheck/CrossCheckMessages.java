package org.xueji.dropout.api.crosscheck;

import org.xueji.platform.api.MessageKey;

/** Messages of the cross-checks; texts in {@code messages.properties} (Chinese) and {@code messages_en.properties} beside this class. */
public enum CrossCheckMessages implements MessageKey {
    KIND_REQUIRED,
    /** The household register is imported per town. */
    TOWN_REQUIRED,
    /** {0} the town. */
    TOWN_UNKNOWN,
    /** {0} the missing column header. */
    COLUMN_MISSING,
    LIST_EMPTY,
    /** {0} row. */
    ROW_ID_INVALID,
    /** {0} row. */
    ROW_NAME_MISSING,
    /** {0} row. */
    ROW_TOWN_MISSING,
    /** {0} row, {1} the town. */
    ROW_TOWN_UNKNOWN,
    /** {0} row, {1} the row's town, {2} the list's town. */
    ROW_TOWN_OTHER,
    /** {0} row, {1} the earlier row with the same ID number. */
    ROW_DUPLICATE,
    /** {0} row, {1} age, {2} youngest, {3} oldest. */
    ROW_AGE_OUTSIDE,
    /** {0} row, {1} maximum length. */
    ROW_TEXT_TOO_LONG,
    /** {0} further row messages not shown. */
    MORE_ERRORS,
    /** {0} finding id. */
    FINDING_NOT_FOUND,
    FINDING_RESOLVED,
    REASON_REQUIRED,
    /** {0} maximum length. */
    REASON_TOO_LONG,
    /** Only a never-enrolled child is opened from a finding: the others already have an entry. */
    NOT_AN_ENROLMENT_FINDING,
    /** Resolution written when a suspected entry was opened from the finding; {0} entry id. */
    RESOLVED_BY_ENTRY,
    NO_RUN;

    @Override
    public String key() {
        return name();
    }
}
