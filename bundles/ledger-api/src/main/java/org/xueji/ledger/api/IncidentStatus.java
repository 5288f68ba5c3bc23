package org.xueji.ledger.api;

import org.xueji.platform.api.MessageKey;

/** open → followed up (a follow-up was recorded) → closed (by the district only). */
public enum IncidentStatus implements MessageKey {
    OPEN, FOLLOWED_UP, CLOSED;

    @Override
    public String key() {
        return "status." + name();
    }
}
