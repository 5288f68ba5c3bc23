package org.xueji.ui.shell.internal;

import org.xueji.platform.api.MessageKey;

/** The shell's own UI texts (messages*.properties beside this class). */
enum ShellText implements MessageKey {
    APP_TITLE,
    MENU_HOME,
    GROUP_PLATFORM,
    HOME_TITLE,
    HOME_WELCOME,
    MODULES_TITLE,
    MODULE_NAME,
    MODULE_BUNDLE,
    MODULE_VERSION,
    MODULE_STATE,
    NOT_FOUND_TITLE,
    NOT_FOUND_TEXT,
    MODULE_UNAVAILABLE_TITLE,
    MODULE_UNAVAILABLE_TEXT,
    ACCESS_DENIED_TITLE,
    ERROR_TITLE,
    ERROR_TEXT,
    BACK_HOME,
    LANGUAGE,
    USER_LABEL,
    NO_MODULES;

    @Override
    public String key() {
        return name();
    }
}
