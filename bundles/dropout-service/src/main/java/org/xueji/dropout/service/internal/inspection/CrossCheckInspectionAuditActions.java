package org.xueji.dropout.service.internal.inspection;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** Audit actions of the cross-checks, inspections and awareness activities; labels beside this class (R7). */
@Component(service = AuditActionLabels.class)
public class CrossCheckInspectionAuditActions extends ModuleAuditActions {

    public CrossCheckInspectionAuditActions() {
        super("dropout.crosscheck.import",
                "dropout.crosscheck.run",
                "dropout.crosscheck.resolve",
                "dropout.crosscheck.open-entry",
                "dropout.inspection.record",
                "dropout.inspection.evidence",
                "dropout.inspection.evidence-view",
                "dropout.inspection.corrected",
                "dropout.inspection.close",
                "dropout.inspection.ledger",
                "dropout.awareness.record");
    }
}
