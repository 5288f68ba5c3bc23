package org.xueji.platform.audit.internal.release;

import org.xueji.platform.api.MessageKey;

/**
 * Messages of data releases (R4); texts in messages*.properties beside this class (this
 * bundle's class loader finds them wherever the exception is shown).
 */
public enum ReleaseMessages implements MessageKey {
    RELEASE_NOT_FOUND,
    RELEASE_NOT_PENDING,
    RELEASE_OWN_REQUEST,
    RELEASE_PENDING,
    RELEASE_REJECTED,
    RELEASE_EXPIRED,
    RELEASE_USED_UP,
    RELEASE_OTHER_SCHOOL,
    RELEASE_SCHOOL_MISMATCH,
    RELEASE_NOT_DISTRICT_WIDE,
    /** An approved request made before scopes existed (free text only): no export. */
    RELEASE_NO_SCOPE,
    RELEASE_GRADE_OUTSIDE,
    RELEASE_FIELDS_OUTSIDE,
    GRADE_RANGE,
    MAX_DOWNLOADS_RANGE,
    VALID_DAYS_RANGE,
    SCAN_TOO_LARGE,
    SCAN_TYPE,
    /** The workflow request type's and step's names (待办 inbox). */
    WORKFLOW_TYPE,
    WORKFLOW_STEP;

    @Override
    public String key() {
        return name();
    }
}
