package org.xueji.platform.api.workflow;

import org.xueji.platform.api.MessageKey;

/** The workflow's messages (messages.properties in this package, Chinese; _en English). */
public enum WorkflowMessages implements MessageKey {
    REQUEST_NOT_FOUND,
    TYPE_NOT_INSTALLED,
    STEP_ALREADY_DECIDED,
    REQUEST_DECIDED,
    REASON_REQUIRED,
    REASON_TOO_LONG,
    OWN_REQUEST,
    NOT_DECIDER,
    SUBJECT_INVALID,
    STEP_SCHOOL_MISSING,
    REMINDER_PENDING,
    REMINDER_OVERDUE;

    @Override
    public String key() {
        return name();
    }
}
