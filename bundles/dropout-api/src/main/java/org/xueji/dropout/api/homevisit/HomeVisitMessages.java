package org.xueji.dropout.api.homevisit;

import org.xueji.platform.api.MessageKey;

/** Messages of home visits; texts in {@code messages.properties} (Chinese) and {@code messages_en.properties}. */
public enum HomeVisitMessages implements MessageKey {
    KIND_REQUIRED,
    CONTENT_REQUIRED,
    /** {0} the group: only NO_CARER and HARDSHIP are marked here. */
    GROUP_FROM_REGISTRY,
    /** Registry read not available (registry-service not running). */
    REGISTRY_UNAVAILABLE,
    /** {0} number of priority children overdue for a home visit. */
    REMINDER_HOME_VISIT_OVERDUE,
    /** Area officials: home visits are the schools'. */
    SCHOOL_STAFF_ONLY;

    @Override
    public String key() {
        return name();
    }
}
