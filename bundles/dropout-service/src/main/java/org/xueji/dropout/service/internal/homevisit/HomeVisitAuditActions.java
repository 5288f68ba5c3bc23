package org.xueji.dropout.service.internal.homevisit;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** Audit actions of home visits and reports; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@Component(service = AuditActionLabels.class)
public class HomeVisitAuditActions extends ModuleAuditActions {

    public HomeVisitAuditActions() {
        super("dropout.homevisit.add",
                "dropout.homevisit.view",
                "dropout.priority.mark",
                "dropout.priority.unmark",
                "dropout.report.view",
                "dropout.report.export",
                "dropout.ledger.export");
    }
}
