package org.xueji.admission.api;

import org.xueji.platform.api.MessageKey;

/** A school plan's approval by the district (workflow request type {@code admission-plan}). */
public enum PlanStatus implements MessageKey {
    /** Saved, waiting for the district's decision: it does not count yet. */
    PENDING,
    /** Counts: applications, allocation, the public page. */
    APPROVED,
    /** Refused: does not count; saving the plan again asks again. */
    REJECTED;

    @Override
    public String key() {
        return "plan." + name();
    }
}
