package org.xueji.platform.api.calendar;

import org.xueji.platform.api.MessageKey;

/** Messages of the working-day calendar. */
public enum CalendarMessages implements MessageKey {
    /** {0}: the year without data */
    YEAR_MISSING;

    @Override
    public String key() {
        return name();
    }
}
