package org.xueji.admission.api;

import org.xueji.platform.api.MessageKey;

/** SUBMITTED → ELIGIBLE | REJECTED (school review) → ADMITTED | NOT_ADMITTED (allocation) → PLACED (统筹安排) → REGISTERED. */
public enum ApplicationStatus implements MessageKey {
    SUBMITTED, ELIGIBLE, REJECTED, ADMITTED, NOT_ADMITTED, PLACED, REGISTERED;

    /** Admitted by allocation or placed by the district: it may become a pending registration. */
    public boolean admitted() {
        return this == ADMITTED || this == PLACED;
    }

    @Override
    public String key() {
        return "status." + name();
    }
}
