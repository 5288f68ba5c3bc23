package org.xueji.specialneeds.service.internal;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions of this bundle; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@Component(service = AuditActionLabels.class)
public class SpecialNeedsAuditActions extends ModuleAuditActions {

    public SpecialNeedsAuditActions() {
        super("specialneeds.child.register",
                "specialneeds.child.refer",
                "specialneeds.assessment.propose",
                "specialneeds.placement.approve",
                "specialneeds.placement.reject",
                "specialneeds.plan.save",
                "specialneeds.plan.approve",
                "specialneeds.plan.reject",
                "specialneeds.plan.print",
                "specialneeds.visit.log",
                "specialneeds.evidence.view",
                "specialneeds.child.update",
                "specialneeds.child.remove");
    }
}
