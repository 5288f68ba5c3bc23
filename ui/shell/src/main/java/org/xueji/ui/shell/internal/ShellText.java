package org.xueji.ui.shell.internal;

import org.xueji.platform.api.MessageKey;

/** The shell's own UI texts (messages*.properties beside this class). */
enum ShellText implements MessageKey {
    APP_TITLE,
    REMINDERS_TITLE,
    REMINDERS_NONE,
    REMINDER_OPEN,
    /** {0} the urgent reminders, joined. */
    REMINDER_NOTICE,
    /** Between reminders in the notice. */
    REMINDER_JOIN,
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
    NO_MODULES,
    LOGIN_TITLE,
    LOGIN_USERNAME,
    LOGIN_PASSWORD,
    LOGIN_SUBMIT,
    LOGIN_FORGOT,
    LOGIN_ERROR_TITLE,
    LOGIN_THROTTLED,
    LOGIN_SESSION_REPLACED,
    LOGIN_SESSION_ENDED,
    LOGIN_PASSWORD_CHANGED,
    LOGOUT,
    CHANGE_PASSWORD,
    CHANGE_PASSWORD_TITLE,
    CHANGE_PASSWORD_EXPIRED,
    CHANGE_PASSWORD_REQUIRED,
    PASSWORD_OLD,
    PASSWORD_NEW,
    PASSWORD_CONFIRM,
    PASSWORD_MISMATCH,
    PASSWORD_RULES,
    SAVE,
    /** An administrator disabled the account, reset its password or changed its role (issue 16 item 7). */
    LOGIN_ACCOUNT_CHANGED;

    @Override
    public String key() {
        return name();
    }
}
