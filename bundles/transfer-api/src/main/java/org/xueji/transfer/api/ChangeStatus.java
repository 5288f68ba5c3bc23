package org.xueji.transfer.api;

import org.xueji.platform.api.MessageKey;

/** A change request's state; a transfer out additionally waits for the arrival confirmation. */
public enum ChangeStatus implements MessageKey {
    PENDING, APPROVED, REJECTED,
    /** Withdrawn by its school within the limit, without a workflow step. */
    DONE;

    @Override
    public String key() {
        return "status." + name();
    }
}
