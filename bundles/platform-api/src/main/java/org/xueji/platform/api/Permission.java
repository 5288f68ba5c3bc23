package org.xueji.platform.api;

/** Fine-grained permissions; roles ({@link Role}) are bundles of these. */
public enum Permission {
    VIEW_SCHOOL,
    MANAGE_SCHOOL,
    VIEW_STUDENT,
    EDIT_STUDENT,
    APPROVE_CHANGE,
    /** Export, print or report personal data — still only with an approved release (R4). */
    EXPORT_DATA,
    REQUEST_DATA_RELEASE,
    APPROVE_DATA_RELEASE,
    MANAGE_ACCOUNTS,
    VIEW_AUDIT,
    ADMINISTER_SYSTEM,
    // issue 8, the ledger module (D4): read the 台帐 and the annual assessment (school users: their school)
    VIEW_LEDGER,
    /** Record incidents by hand and close them: the district. */
    RECORD_LEDGER,
    /** Add follow-ups (self-review, notice) to incidents in scope. */
    FOLLOW_UP_LEDGER
}
