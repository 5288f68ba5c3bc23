package org.xueji.upgradeprobe.internal;

import org.xueji.platform.api.MessageKey;

/**
 * Every text of the probe (view and service); translations in {@code messages.properties}
 * (Chinese, the default) and {@code messages_en.properties} beside this class.
 */
public enum ProbeText implements MessageKey {
    /** the menu group (a new one, for maintenance tools) */
    GROUP,
    /** {0} the view's title */
    PAGE_TITLE,
    TITLE,
    RELEASE,
    COL_TEXT,
    EMPTY,
    /** {0} the longest text */
    TEXT_LENGTH;

    @Override
    public String key() {
        return name();
    }
}
