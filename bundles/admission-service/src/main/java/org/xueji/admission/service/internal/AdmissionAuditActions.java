package org.xueji.admission.service.internal;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions this bundle writes; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@Component(service = AuditActionLabels.class)
public class AdmissionAuditActions extends ModuleAuditActions {

    public AdmissionAuditActions() {
        super("admission.season.create",
                "admission.season.update",
                "admission.plan.save",
                "admission.area.save",
                "admission.rule.save",
                "admission.seed.publish",
                "admission.application.submit",
                "admission.application.edit",
                "admission.application.review",
                "admission.allocate",
                "admission.draw",
                "admission.place",
                "admission.registered",
                "admission.evidence.upload",
                "admission.plan.approve",
                "admission.plan.reject",
                "admission.reoffer",
                "admission.evidence.view");
    }
}
