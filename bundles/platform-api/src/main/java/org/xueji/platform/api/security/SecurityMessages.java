package org.xueji.platform.api.security;

import org.xueji.platform.api.MessageKey;

/** Messages of accounts and login (texts in messages*.properties beside this class). */
public enum SecurityMessages implements MessageKey {
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_DISABLED,
    SESSION_REPLACED,
    SESSION_EXPIRED,
    PASSWORD_TOO_SHORT,
    PASSWORD_CHARACTER_CLASSES,
    PASSWORD_IS_USERNAME,
    PASSWORD_REUSED,
    PASSWORD_OLD_WRONG,
    PASSWORD_CHANGE_REQUIRED,
    PASSWORD_EXPIRED,
    USERNAME_INVALID,
    USERNAME_TAKEN,
    ACCOUNT_NOT_FOUND,
    SCHOOL_REQUIRED_FOR_ROLE,
    CLASSES_REQUIRED_FOR_ROLE,
    /** Too many failed logins from this address; {0} = when it may try again. */
    LOGIN_THROTTLED,
    /** {0} role label: areas (towns, villages) belong to area-scoped accounts only. */
    AREAS_ONLY_FOR_AREA_ROLE,
    /** An area account needs at least one town or village. */
    AREAS_REQUIRED,
    /** {0} the name as given: a town or village name is 1–60 characters without "/" or control characters. */
    AREA_NAME_INVALID,
    /** {0} the entry as given: a village is written "town/village". */
    VILLAGE_NEEDS_TOWN;

    @Override
    public String key() {
        return name();
    }
}
