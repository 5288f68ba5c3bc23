package org.xueji.registry.service.internal;

import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions of the year-end rollover (issue 15); labels in messages*.properties beside this class. */
@org.osgi.service.component.annotations.Component(service = AuditActionLabels.class)
public class RolloverAuditActions extends ModuleAuditActions {

    public RolloverAuditActions() {
        super("rollover.school", "student.repeat");
    }
}
