package org.xueji.dropout.api.report;

import org.xueji.platform.api.MessageKey;

/** Messages and labels of the reports; texts in {@code messages.properties} (Chinese) and {@code messages_en.properties}. */
public enum ReportMessages implements MessageKey {
    MONTH_REQUIRED,
    /** {0} the quarter given. */
    QUARTER_INVALID,
    /** {0} the period's first day. */
    PERIOD_IN_FUTURE,
    /** {0} the maximum rows. */
    EXPORT_TOO_LARGE,
    /** Teachers and officials: the school report is the school's, the quarterly the district's. */
    SCHOOL_ACCOUNTS_ONLY,
    /** {0} school code or id, {1} month. */
    TITLE_SCHOOL_MONTHLY,
    /** {0} year, {1} quarter. */
    TITLE_DISTRICT_QUARTERLY,
    /** {0} from, {1} to. */
    PERIOD,
    LABEL_FIGURE,
    LABEL_COUNT,
    LABEL_SUSPECTED_END,
    LABEL_DROPOUT_END,
    LABEL_STILL_OUT,
    LABEL_NEWLY_FOUND,
    LABEL_CONFIRMED,
    LABEL_RETURNED,
    LABEL_PERSUASION_VISITS,
    LABEL_HOME_VISITS,
    LABEL_CLOSED_BY_OUTCOME,
    LABEL_REASONS,
    LABEL_CAMPAIGNS,
    LABEL_CAMPAIGN,
    LABEL_HOUSEHOLDS,
    LABEL_RECORDED,
    LABEL_OUT_OF_SCHOOL,
    LABEL_BY_SCHOOL,
    LABEL_SCHOOL,
    LABEL_BY_TOWN,
    LABEL_TOWN,
    /** Footer: counts only, no personal data. */
    NOTE_AGGREGATE,
    /** The ledger export (R4): its sheet, its column headings and the statuses. */
    LEDGER_SHEET,
    LEDGER_COL_ID,
    LEDGER_COL_STATUS,
    LEDGER_COL_NAME,
    LEDGER_COL_SEX,
    LEDGER_COL_BIRTH,
    LEDGER_COL_ID_NUMBER,
    LEDGER_COL_SCHOOL,
    LEDGER_COL_TOWN,
    LEDGER_COL_VILLAGE,
    LEDGER_COL_HOUSEHOLD,
    LEDGER_COL_REASON,
    LEDGER_COL_FOUND,
    LEDGER_COL_CONFIRMED,
    STATUS_SUSPECTED,
    STATUS_DROPOUT,
    STATUS_CLOSING,
    STATUS_CLOSED;

    @Override
    public String key() {
        return name();
    }
}
