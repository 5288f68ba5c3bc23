package org.xueji.transfer.service.internal;

import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions this bundle writes; labels {@code audit.<action>} in messages*.properties beside this class (R7). */
@Component(service = AuditActionLabels.class)
public class TransferAuditActions extends ModuleAuditActions {

    public TransferAuditActions() {
        super("transfer.lookup", "transfer.submit", "transfer.withdraw", "transfer.reply", "transfer.arrival",
                "transfer.evidence", "transfer.form", ChangeHandler.DECIDED, FollowUps.ACTION,
                "transfer.export", ChangeQueries.ENTERED_RECORD);
    }
}
