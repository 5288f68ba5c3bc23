package org.xueji.dropout.api.inspection;

import org.xueji.platform.api.MessageKey;

/** 例行检查 (scheduled) or 抽查 (unannounced), R30. */
public enum InspectionKind implements MessageKey {
    SCHEDULED,
    UNANNOUNCED;

    @Override
    public String key() {
        return "inspection." + name();
    }
}
