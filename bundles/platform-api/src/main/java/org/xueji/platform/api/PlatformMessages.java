package org.xueji.platform.api;

/** Messages of the platform itself. */
public enum PlatformMessages implements MessageKey {
    PERMISSION_MISSING,
    OTHER_SCHOOL,
    OTHER_CLASS,
    NOT_LOGGED_IN,
    VALIDATION_FAILED,
    REQUIRED,
    TOO_LONG,
    CONTROL_CHARACTERS,
    CONCURRENT_CHANGE,
    /** The account changed or its session ended since the page was opened (issue 16 item 7). */
    SESSION_ENDED;

    @Override
    public String key() {
        return name();
    }
}
