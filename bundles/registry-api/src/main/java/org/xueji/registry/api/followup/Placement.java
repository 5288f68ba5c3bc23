package org.xueji.registry.api.followup;

/** Where a child was placed by an approved special-needs assessment (R25). */
public enum Placement {
    /** 随班就读: a regular class with support. */
    REGULAR_CLASS,
    /** 特殊教育学校. */
    SPECIAL_SCHOOL,
    /** 送教上门. */
    HOME_TEACHING,
    /** 缓学, with a review date. */
    DEFERRAL
}
