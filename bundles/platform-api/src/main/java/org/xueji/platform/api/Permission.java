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
    FOLLOW_UP_LEDGER,
    // issue 9, class balancing (阳光分班): run and propose a balancing (confirmation: APPROVE_CHANGE, principal)
    BALANCE_CLASSES,
    // issue 10, dropout control (控辍保学): read the ledgers and follow-ups in scope
    VIEW_DROPOUT,
    /** Record survey households, 劝返 and home visits, report suspected dropouts (in scope). */
    RECORD_DROPOUT,
    /** Open survey campaigns, import cross-check lists, record inspections: the district. */
    MANAGE_DROPOUT,
    // issue 11, special-needs education and home teaching (送教上门)
    VIEW_SPECIAL_NEEDS,
    /** Register children, propose placements, write plans, log visits (in scope). */
    RECORD_SPECIAL_NEEDS,
    // issue 12, admission (阳光招生): enter and review applications of the actor's school
    REVIEW_ADMISSION,
    /** Set up admission seasons, plans and service areas, run lotteries: the district. */
    MANAGE_ADMISSION
}
