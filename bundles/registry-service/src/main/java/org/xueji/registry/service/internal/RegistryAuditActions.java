package org.xueji.registry.service.internal;

import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions the registry (schools, classes, students) writes; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@org.osgi.service.component.annotations.Component(service = AuditActionLabels.class)
public class RegistryAuditActions extends ModuleAuditActions {

    public RegistryAuditActions() {
        super("student.view",
                "student.register",
                "student.register-batch",
                "student.update",
                "school.create",
                "school.update",
                "class.create",
                "school-year.save",
                "enrollment-plan.save",
                "class.extra-places",
                CrossSchoolChecks.ACTION,
                CrossSchoolChecks.REFUSED,
                "student.history",
                "student.search",
                "student.lookup",
                ClassPlacementImpl.ACTION);
    }
}
