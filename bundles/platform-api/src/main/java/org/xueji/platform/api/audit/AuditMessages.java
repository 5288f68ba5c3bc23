package org.xueji.platform.api.audit;

import org.xueji.platform.api.MessageKey;

/** Messages of the audit trail's checks (R7). */
public enum AuditMessages implements MessageKey {
    /** A reseal refused: the chain verifies, there is nothing to acknowledge. */
    CHAIN_INTACT,
    /** A reseal refused: {0} the first broken row; the rows themselves are broken, not only the head's seal. */
    ROWS_BROKEN;

    @Override
    public String key() {
        return name();
    }
}
