package org.xueji.ledger.api;

import org.xueji.platform.api.MessageKey;

/** Errors of the ledger; texts in {@code messages.properties} (Chinese) and {@code messages_en.properties}. */
public enum LedgerMessages implements MessageKey {
    /** {0} school id. */
    SCHOOL_UNKNOWN,
    TYPE_REQUIRED,
    DATE_REQUIRED,
    /** {0} the date, {1} today. */
    DATE_IN_FUTURE,
    /** {0} the month, {1} this month. */
    MONTH_IN_FUTURE,
    /** {0} the year. */
    YEAR_INVALID,
    DESCRIPTION_REQUIRED,
    /** {0} the maximum length. */
    TEXT_TOO_LONG,
    CONTROL_CHARACTERS,
    SOURCE_MODULE_INVALID,
    /** {0} the maximum number of arguments. */
    ARGS_INVALID,
    BUREAU_DISTRICT_ONLY,
    /** {0} incident id. */
    INCIDENT_NOT_FOUND,
    /** {0} follow-up id. */
    FOLLOW_UP_NOT_FOUND,
    INCIDENT_CLOSED,
    CLOSE_NEEDS_FOLLOW_UP,
    DISTRICT_ONLY,
    FOLLOW_UP_KIND_REQUIRED,
    DOCUMENT_REQUIRED,
    DOCUMENT_NOT_PDF,
    /** {0} the limit in MB. */
    DOCUMENT_TOO_LARGE,
    NOTICE_NUMBER_REQUIRED,
    NOTE_REQUIRED,
    /** {0} the configuration key, {1} the value. */
    WEIGHT_INVALID,
    /** {0} the maximum. */
    EXPORT_TOO_LARGE;

    @Override
    public String key() {
        return name();
    }
}
