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
    REGISTRY_NUMBERS_EXHAUSTED,
    /** R14: {0} class name, {1} its limit, {2} students in it, {3} arriving */
    CLASS_FULL,
    /** R14: {0} the cap */
    CAPACITY_OVER_CAP,
    /** R14 override: only the district grants places above the cap */
    EXTRA_PLACES_DISTRICT_ONLY,
    /** R14 override: {0} the most places that can be granted */
    EXTRA_PLACES_INVALID,
    /** R14 override: a written reason is required */
    EXTRA_PLACES_REASON_REQUIRED,
    /** R14 override: only starting-grade classes are capped */
    EXTRA_PLACES_NOT_STARTING_GRADE,
    /** D1 + R1: {0} the masked ID number; held by a school the actor may not see (not named) */
    DUPLICATE_ID_NUMBER_ELSEWHERE,
    /** R1: {0} the limit of cross-school duplicate hits per hour of one account */
    DUPLICATE_CHECKS_EXCEEDED;

    @Override
    public String key() {
        return name();
    }
}
