package org.xueji.admission.api;

/** SUBMITTED → ELIGIBLE | REJECTED (school review) → ADMITTED | NOT_ADMITTED (allocation) → PLACED (统筹安排) → REGISTERED. */
public enum ApplicationStatus {
    SUBMITTED, ELIGIBLE, REJECTED, ADMITTED, NOT_ADMITTED, PLACED, REGISTERED;

    /** Admitted by allocation or placed by the district: it may become a pending registration. */
    public boolean admitted() {
        return this == ADMITTED || this == PLACED;
    }
}
