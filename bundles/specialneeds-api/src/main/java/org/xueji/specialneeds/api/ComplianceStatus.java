package org.xueji.specialneeds.api;

import org.xueji.platform.api.MessageKey;

/** A child's standing against R26 in a semester; labels {@code status.<NAME>}. */
public enum ComplianceStatus implements MessageKey {
    /** Every part of the rule met so far. */
    ON_TRACK,
    /** A month still running without a counted visit, or the semester's last month begun short of visits. */
    AT_RISK,
    /** A month ended without a counted visit, or the semester ended short of visits. */
    BREACHED;

    @Override
    public String key() {
        return "status." + name();
    }
}
