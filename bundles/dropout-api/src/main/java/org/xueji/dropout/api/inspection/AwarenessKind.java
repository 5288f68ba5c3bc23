package org.xueji.dropout.api.inspection;

import org.xueji.platform.api.MessageKey;

/** Awareness activities (R20): 法治宣传 sessions and 致家长一封信 parent letters. */
public enum AwarenessKind implements MessageKey {
    LAW_SESSION,
    PARENT_LETTER;

    @Override
    public String key() {
        return "awareness." + name();
    }
}
