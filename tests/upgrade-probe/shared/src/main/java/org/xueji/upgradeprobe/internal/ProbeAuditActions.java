package org.xueji.upgradeprobe.internal;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit action this bundle writes; its label {@code audit.<action>} in messages*.properties beside this class. */
@Component(service = AuditActionLabels.class)
public class ProbeAuditActions extends ModuleAuditActions {

    public ProbeAuditActions() {
        super(ProbeNotesImpl.ADD);
    }
}
