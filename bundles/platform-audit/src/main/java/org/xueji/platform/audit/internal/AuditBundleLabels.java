package org.xueji.platform.audit.internal;

import java.util.List;
import org.xueji.platform.api.audit.AuditAction;
import org.xueji.platform.api.audit.AuditActionLabels;

/** Names this module's audit actions to the audit view (whiteboard). */
@org.osgi.service.component.annotations.Component(service = AuditActionLabels.class)
public class AuditBundleLabels implements AuditActionLabels {

    @Override
    public List<? extends AuditAction> actions() {
        return List.of(AuditBundleActions.values());
    }
}
