package org.xueji.enrollment.api.intake;

import org.xueji.platform.api.MessageKey;

/** Refusals of completing a pending registration; texts in messages*.properties beside this class. */
public enum IntakeMessages implements MessageKey {
    /** {0} the reference. */
    INTAKE_NOT_FOUND,
    INTAKE_ALREADY_REGISTERED,
    /** The registration must be for the admitting school and its starting grade. */
    INTAKE_PLACEMENT_CHANGED,
    /** The registration must be of the admitted child (same ID number). */
    INTAKE_OTHER_CHILD;

    @Override
    public String key() {
        return name();
    }
}
