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
    CONCURRENT_CHANGE;

    @Override
    public String key() {
        return name();
    }
}
