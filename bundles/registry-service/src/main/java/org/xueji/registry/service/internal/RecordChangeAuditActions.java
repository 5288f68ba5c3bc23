package org.xueji.registry.service.internal;

import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.ModuleAuditActions;

/** The audit actions of decided registry changes (issue 14); labels in messages*.properties beside this class. */
@org.osgi.service.component.annotations.Component(service = AuditActionLabels.class)
public class RecordChangeAuditActions extends ModuleAuditActions {

    public RecordChangeAuditActions() {
        super(RecordChangesImpl.MOVE, RecordChangesImpl.STATUS, RecordChangesImpl.CORRECT,
                TransferInRecords.TRANSFER_IN, RecordChangesImpl.LOCAL);
    }
}
