package org.xueji.registry.api.placement;

import org.xueji.platform.api.MessageKey;

/** Refusals of a class placement; texts in messages*.properties beside this class. */
public enum PlacementMessages implements MessageKey {
    /** {0} grade. */
    NOT_STARTING_GRADE,
    /** {0} the class number, {1} grade. */
    CLASS_MISSING,
    /** {0} the student id. */
    NOT_IN_INTAKE,
    /** {0} the class number, {1} the students it would hold, {2} its limit. */
    CLASS_OVER_CAP,
    /** {0} the class number: a head teacher's name blank or longer than 50 characters. */
    HEAD_TEACHER_INVALID;

    @Override
    public String key() {
        return name();
    }
}
