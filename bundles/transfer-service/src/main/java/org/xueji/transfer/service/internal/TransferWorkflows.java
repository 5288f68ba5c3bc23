package org.xueji.transfer.service.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.transfer.api.ChangeType;

/** Registers one workflow handler per change type (the kit's whiteboard finds them by type id). */
@Component(immediate = true)
public class TransferWorkflows {

    private final List<ServiceRegistration<WorkflowHandler>> registrations = new ArrayList<>();

    @Activate
    public TransferWorkflows(BundleContext context,
                             @Reference(target = "(osgi.unit.name=xueji-transfer)") EntityManagerFactory emf,
                             @Reference RecordChanges records, @Reference AuditTrail audit,
                             @Reference PlatformClock clock) {
        Transactions transactions = new Transactions(emf);
        for (WorkflowHandler h : all(transactions, records, audit, clock)) {
            registrations.add(context.registerService(WorkflowHandler.class, h, null));
        }
    }

    /** Every change type's handler (also used by the tests). */
    static List<WorkflowHandler> all(Transactions transactions, RecordChanges records, AuditTrail audit,
                                     PlatformClock clock) {
        List<WorkflowHandler> list = new ArrayList<>();
        for (ChangeType type : ChangeType.values()) {
            list.add(new ChangeHandler(type, transactions, records, audit, clock::now));
        }
        return list;
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<WorkflowHandler> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
        }
        registrations.clear();
    }
}
