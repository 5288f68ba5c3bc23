package org.xueji.platform.core.internal.backup;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit action of backups; its label {@code audit.system.backup} is in messages*.properties beside this class. */
@Component(service = AuditActionLabels.class)
public class BackupAuditActions extends ModuleAuditActions {

    public BackupAuditActions() {
        super("system.backup");
    }
}
