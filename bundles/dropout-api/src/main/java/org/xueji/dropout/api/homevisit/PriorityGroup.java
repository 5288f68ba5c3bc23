package org.xueji.dropout.api.homevisit;

import org.xueji.platform.api.MessageKey;

/**
 * The priority groups of R28; labels {@code group.<NAME>}. ORPHAN, DISABLED, LEFT_BEHIND and
 * MIGRANT come from the registry record's flags; NO_CARER (事实无人抚养) and HARDSHIP (家庭困难)
 * have no registry field and are marked by the school in this module ({@link HomeVisitService#mark}).
 */
public enum PriorityGroup implements MessageKey {
    ORPHAN,
    NO_CARER,
    DISABLED,
    LEFT_BEHIND,
    MIGRANT,
    HARDSHIP;

    /** Whether the school marks it here (no registry field). */
    public boolean markedHere() {
        return this == NO_CARER || this == HARDSHIP;
    }

    @Override
    public String key() {
        return "group." + name();
    }
}
