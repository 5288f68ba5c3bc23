package org.xueji.platform.api;

/** Fine-grained permissions; roles (accounts issue) are bundles of these. */
public enum Permission {
    VIEW_SCHOOL,
    MANAGE_SCHOOL,
    VIEW_STUDENT,
    EDIT_STUDENT,
    APPROVE_CHANGE,
    EXPORT_DATA,
    MANAGE_ACCOUNTS,
    VIEW_AUDIT,
    ADMINISTER_SYSTEM
}
