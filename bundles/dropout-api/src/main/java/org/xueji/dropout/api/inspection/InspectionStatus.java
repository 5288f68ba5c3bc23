package org.xueji.dropout.api.inspection;

import org.xueji.platform.api.MessageKey;

/**
 * OPEN: findings to correct; CORRECTED: the school reported the correction with evidence;
 * CLOSED: the district closed it (an inspection without findings may be closed at once).
 */
public enum InspectionStatus implements MessageKey {
    OPEN,
    CORRECTED,
    CLOSED;

    @Override
    public String key() {
        return "status." + name();
    }
}
