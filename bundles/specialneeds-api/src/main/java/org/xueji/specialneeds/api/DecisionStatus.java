package org.xueji.specialneeds.api;

import org.xueji.platform.api.MessageKey;

/** Where an assessment's placement or a plan stands in its approval; labels {@code decision.<NAME>}. */
public enum DecisionStatus implements MessageKey {
    PENDING, APPROVED, REJECTED;

    @Override
    public String key() {
        return "decision." + name();
    }
}
