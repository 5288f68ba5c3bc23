package org.xueji.ui.dropout;

import org.xueji.platform.api.MessageKey;

/**
 * Texts of the cross-check and inspection views; {@code crosscheck.properties} (Chinese) and
 * {@code crosscheck_en.properties} beside this class, apart from the ledger views' texts.
 */
public enum CrossCheckUiText implements MessageKey {
    CROSSCHECK_TITLE,
    CROSSCHECK_INTRO,
    LISTS,
    LIST_KIND,
    LIST_TOWN,
    LIST_FILE,
    LIST_IMPORT,
    LIST_IMPORTED,
    LIST_ROWS,
    LIST_AT,
    RUN,
    RUN_DONE,
    RUN_NONE,
    RUN_LATEST,
    FINDINGS,
    FILTER_CHECK,
    FILTER_STATUS,
    ALL,
    OPEN,
    RESOLVED,
    COL_CHECK,
    COL_NAME,
    COL_ID_NUMBER,
    COL_SCHOOL,
    COL_PLACE,
    COL_FLAGS,
    COL_NOTE,
    COL_STATUS,
    COL_ACTIONS,
    IN_REGISTER,
    JOINT,
    ON_LEDGER,
    RESOLVE,
    RESOLVE_REASON,
    RESOLVE_DONE,
    OPEN_ENTRY,
    ENTRY_OPENED,
    CANCEL,
    INSPECTIONS_TITLE,
    INSPECTIONS_INTRO,
    INSPECTION_NEW,
    SCHOOL,
    KIND,
    DATE,
    INSPECTORS,
    FINDINGS_TEXT,
    DEADLINE,
    NOTE,
    RECORD,
    RECORDED,
    COL_DATE,
    COL_FINDINGS,
    COL_DEADLINE,
    OVERDUE,
    DETAILS,
    POST_LEDGER,
    POSTED,
    EVIDENCE,
    EVIDENCE_UPLOAD,
    EVIDENCE_SAVED,
    NO_EVIDENCE,
    REPORT_CORRECTED,
    CLOSE,
    DONE,
    AWARENESS,
    AWARENESS_NEW,
    AWARENESS_KIND,
    TITLE,
    PARTICIPANTS,
    LETTERS_SENT,
    LETTERS_SIGNED,
    SCHOOL_YEAR,
    SEMESTER,
    SUMMARY,
    SESSIONS,
    LETTERS,
    SIGNED_RATE,
    EMPTY;

    @Override
    public String key() {
        return name();
    }

    @Override
    public String bundleBaseName() {
        return getClass().getPackageName() + ".crosscheck";
    }
}
