package org.xueji.platform.audit.internal;

import org.xueji.platform.api.audit.AuditAction;

/** The audit actions the audit bundle (data releases, exports, refusals, chain checks) writes, with their labels (messages*.properties beside this class; R7). */
enum AuditBundleActions implements AuditAction {
    EXPORT("export"),
    RELEASE_REQUEST("release.request"),
    RELEASE_APPROVE("release.approve"),
    RELEASE_REJECT("release.reject"),
    ACCESS_DENIED("access.denied"),
    AUDIT_VERIFY("audit.verify");

    private final String action;

    AuditBundleActions(String action) {
        this.action = action;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public String key() {
        return "AUDIT_" + name();
    }
}
