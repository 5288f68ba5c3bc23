package org.xueji.ui.ledger;

import org.xueji.platform.api.MessageKey;

/**
 * Every text of the ledger views; translations in {@code messages.properties} (Chinese, the
 * default) and {@code messages_en.properties} beside this class.
 */
public enum LedgerUiText implements MessageKey {
    GROUP,
    PAGE_TITLE,
    LEDGER_TITLE,
    LEDGER_INTRO,
    ASSESSMENT_TITLE,
    ASSESSMENT_INTRO,
    BUREAU,
    ALL,
    ALL_SCHOOLS,
    FILTER_SCHOOL,
    FILTER_MONTH,
    FILTER_TYPE,
    FILTER_STATUS,
    COUNT,
    EMPTY,
    COL_ID,
    COL_DATE,
    COL_SCHOOL,
    COL_TYPE,
    COL_SOURCE,
    COL_DESCRIPTION,
    COL_STATUS,
    COL_FOLLOW_UPS,
    COL_ACTIONS,
    SOURCE_MANUAL,
    ACTION_NEW,
    ACTION_FOLLOW_UP,
    ACTION_CLOSE,
    ACTION_DETAILS,
    SAVE,
    REQUIRED,
    CANCEL,
    NEW_TITLE,
    FIELD_TYPE,
    FIELD_SCHOOL,
    FIELD_DATE,
    FIELD_DESCRIPTION,
    RECORDED,
    FOLLOW_UP_TITLE,
    FIELD_KIND,
    FIELD_NOTE,
    FIELD_NOTICE_NUMBER,
    FIELD_DOCUMENT,
    DOCUMENT_RECEIVED,
    DOCUMENT_TOO_LARGE,
    DOCUMENT_REJECTED,
    FOLLOWED_UP,
    CLOSE_TITLE,
    CLOSE_TEXT,
    FIELD_CLOSING_NOTE,
    CLOSED,
    DETAILS_TITLE,
    FOLLOW_UP_LINE,
    DOCUMENT_LINK,
    CLOSED_LINE,
    EXPORT_RELEASE,
    EXPORT_RELEASE_LABEL,
    EXPORT_BUTTON,
    EXPORT_NEEDS_APPROVAL,
    EXPORT_READY,
    EXPORT_FILE,
    FIELD_YEAR,
    COL_RANK,
    COL_CODE,
    COL_SCORE,
    COL_TOTAL,
    COL_TYPE_COUNT,
    WEIGHTS,
    BUREAU_INCIDENTS,
    ASSESSMENT_EMPTY,
    /** {0} the year */
    CHART_TITLE;

    @Override
    public String key() {
        return name();
    }
}
