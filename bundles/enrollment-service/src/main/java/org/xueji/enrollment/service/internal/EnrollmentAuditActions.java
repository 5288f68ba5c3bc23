package org.xueji.enrollment.service.internal;

import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions the enrollment module writes; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@org.osgi.service.component.annotations.Component(service = AuditActionLabels.class)
public class EnrollmentAuditActions extends ModuleAuditActions {

    public EnrollmentAuditActions() {
        super("enrollment.register",
                "enrollment.deadline",
                "enrollment.import",
                "enrollment.export",
                "student.print",
                "verification.open",
                "verification.upload",
                "verification.presence",
                "verification.resolve",
                "verification.close",
                "autumn-registration.open",
                "autumn-registration.follow-up",
                "grade9.escalate",
                "student.print-batch",
                "enrollment.intake.complete",
                "verification.settle");
    }
}
