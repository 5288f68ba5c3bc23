package org.xueji.classbalance.api;

import org.xueji.platform.api.MessageKey;

/** PROPOSED (may be re-run) → SUBMITTED (waiting for the principal) → CONFIRMED (immutable) or REJECTED. */
public enum RunStatus implements MessageKey {
    PROPOSED, SUBMITTED, CONFIRMED, REJECTED;

    @Override
    public String key() {
        return "status." + name();
    }
}
