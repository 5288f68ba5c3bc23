package org.xueji.platform.api.workflow;

/** Where the decider of a step sits. */
public enum DeciderScope {
    /** An account of the district bureau (no school) holding the step's permission. */
    DISTRICT,
    /** An account of the step's school holding the step's permission (e.g. the receiving school's principal). */
    SCHOOL
}
