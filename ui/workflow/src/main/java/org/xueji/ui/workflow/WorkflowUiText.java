package org.xueji.ui.workflow;

import java.util.Locale;
import org.xueji.platform.api.MessageKey;

/** Every text of the inbox; translations in messages.properties (Chinese) and messages_en.properties. */
public enum WorkflowUiText implements MessageKey {
    GROUP,
    PAGE_TITLE,
    INBOX_TITLE,
    INBOX_INTRO,
    INBOX_COUNT,
    INBOX_EMPTY,
    OVERDUE_ONLY,
    COL_REQUEST,
    COL_TYPE,
    COL_SUBJECT,
    COL_SCHOOL,
    COL_STEP,
    COL_SUBMITTED,
    COL_DEADLINE,
    COL_DAYS_LEFT,
    COL_ACTIONS,
    DAYS_LEFT,
    DAYS_OVERDUE,
    DAYS_UNKNOWN,
    WHOLE_DISTRICT,
    APPROVE,
    REJECT,
    CANCEL,
    APPROVE_TITLE,
    REJECT_TITLE,
    FIELD_NOTE,
    FIELD_REASON,
    REQUIRED,
    APPROVED,
    REJECTED,
    CARD_TITLE,
    CARD_PENDING,
    CARD_OVERDUE,
    CARD_LINK;

    @Override
    public String key() {
        return name();
    }

    String in(Locale locale, Object... args) {
        return format(locale, args);
    }
}
