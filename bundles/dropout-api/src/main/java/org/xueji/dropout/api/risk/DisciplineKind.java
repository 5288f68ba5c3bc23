package org.xueji.dropout.api.risk;

import org.xueji.platform.api.MessageKey;

/** A discipline record's kind (纪律处分). */
public enum DisciplineKind implements MessageKey {
    WARNING, SERIOUS_WARNING, DEMERIT, PROBATION;

    @Override
    public String key() {
        return "discipline." + name();
    }
}
