package org.xueji.ledger.service.internal;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions this bundle writes; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@Component(service = AuditActionLabels.class)
public class LedgerAuditActions extends ModuleAuditActions {

    public LedgerAuditActions() {
        super("ledger.incident.post",
                "ledger.incident.record",
                "ledger.followup.add",
                "ledger.incident.close",
                "ledger.document.view");
    }
}
