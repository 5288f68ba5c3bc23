package org.xueji.registry.service.internal;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit action of the placement flags (issue 11); label beside {@link RegistryAuditActions}'s. */
@Component(service = AuditActionLabels.class)
public class PlacementAuditActions extends ModuleAuditActions {

    public PlacementAuditActions() {
        super(RegistryPlacementsImpl.ACTION);
    }
}
