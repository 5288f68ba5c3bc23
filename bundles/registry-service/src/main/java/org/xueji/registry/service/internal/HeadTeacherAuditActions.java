package org.xueji.registry.service.internal;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit action of head teachers named by class balancing's draw (issue 9); label beside {@link RegistryAuditActions}'s. */
@Component(service = AuditActionLabels.class)
public class HeadTeacherAuditActions extends ModuleAuditActions {

    public HeadTeacherAuditActions() {
        super(ClassPlacementImpl.HEAD_TEACHER_ACTION);
    }
}
