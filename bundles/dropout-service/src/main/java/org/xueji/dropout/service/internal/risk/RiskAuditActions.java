package org.xueji.dropout.service.internal.risk;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The early warning's audit actions; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@Component(service = AuditActionLabels.class)
public class RiskAuditActions extends ModuleAuditActions {

    public RiskAuditActions() {
        super("dropout.risk.list",
                "dropout.risk.view",
                "dropout.risk.confirm",
                "dropout.risk.discipline",
                "dropout.risk.grades");
    }
}
