package org.xueji.platform.audit.internal;

import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions the audit bundle (data releases, exports, refusals, chain checks) writes; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@org.osgi.service.component.annotations.Component(service = AuditActionLabels.class)
public class AuditBundleActions extends ModuleAuditActions {

    public AuditBundleActions() {
        super("export",
                "release.request",
                "release.approve",
                "release.reject",
                "access.denied",
                "audit.verify",
                "audit.anchor",
                "audit.resealed");
    }
}
