package org.xueji.dropout.service.internal;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions this bundle writes; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@Component(service = AuditActionLabels.class)
public class DropoutAuditActions extends ModuleAuditActions {

    public DropoutAuditActions() {
        super("dropout.entry.open",
                "dropout.entry.source",
                "dropout.entry.confirm",
                "dropout.responsible.assign",
                "dropout.visit.add",
                "dropout.evidence.view",
                "dropout.entry.close-request",
                "dropout.entry.close",
                "dropout.entry.close-reject",
                "dropout.campaign.open",
                "dropout.household.assign",
                "dropout.household.record",
                "dropout.campaign.close",
                "dropout.attendance.import",
                "dropout.entry.referral",
                "dropout.entry.closed-by-placement");
    }
}
