package org.xueji.registry.api;

import org.xueji.platform.api.MessageKey;

/** Messages of the registry core; texts in messages*.properties beside this class. */
public enum RegistryMessages implements MessageKey {
    DUPLICATE_ID_NUMBER,
    DUPLICATE_SCHOOL_CODE,
    DUPLICATE_CLASS,
    SCHOOL_NOT_FOUND,
    CLASS_NOT_FOUND,
    STUDENT_NOT_FOUND,
    CLASS_NOT_IN_SCHOOL,
    GRADE_NOT_TAUGHT,
    ID_NUMBER_REQUIRED,
    ID_NUMBER_NOT_ALLOWED,
    BIRTH_DATE_MISMATCH,
    SEX_MISMATCH,
    BIRTH_DATE_IN_FUTURE,
    ETHNICITY_UNKNOWN,
    NATIONALITY_INVALID,
    GUARDIAN_REQUIRED,
    GUARDIAN_ID_REQUIRED,
    GUARDIAN_PHONE_INVALID,
    TOO_MANY_GUARDIANS,
    ENTRY_BEFORE_BIRTH,
    CAPACITY_INVALID,
    SCHOOL_CHANGE_NEEDS_TRANSFER,
    SCHOOL_YEAR_INVALID,
    PLAN_INVALID,
    REGISTRY_NUMBERS_EXHAUSTED;

    @Override
    public String key() {
        return name();
    }
}
