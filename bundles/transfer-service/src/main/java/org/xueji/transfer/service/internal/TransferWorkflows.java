package org.xueji.transfer.service.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.transfer.api.ChangeType;

/** Registers one workflow handler per change type (the kit's whiteboard finds them by type id). */
@Component(immediate = true, configurationPid = TransferSettings.PID)
public class TransferWorkflows {

    private final List<ServiceRegistration<WorkflowHandler>> registrations = new ArrayList<>();
    /** The handlers of the configured local types, registered again when the configuration changes. */
    private final List<ServiceRegistration<WorkflowHandler>> localRegistrations = new ArrayList<>();
    private final BundleContext context;
    private final Transactions transactions;
    private final RecordChanges records;
    private final AuditTrail audit;
    private final PlatformClock clock;

    @Activate
    public TransferWorkflows(BundleContext context,
                             @Reference(target = "(osgi.unit.name=xueji-transfer)") EntityManagerFactory emf,
                             @Reference RecordChanges records, @Reference AuditTrail audit,
                             @Reference PlatformClock clock, TransferSettings settings) {
        this.context = context;
        this.transactions = new Transactions(emf);
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        for (WorkflowHandler h : all(transactions, records, audit, clock)) {
            registrations.add(context.registerService(WorkflowHandler.class, h, null));
        }
        registerLocal(settings);
    }

    @Modified
    synchronized void modified(TransferSettings settings) {
        unregister(localRegistrations);
        registerLocal(settings);
    }

    private synchronized void registerLocal(TransferSettings settings) {
        for (WorkflowHandler h : local(LocalTypeConfig.parse(settings.localTypes()), transactions, records, audit,
                clock)) {
            localRegistrations.add(context.registerService(WorkflowHandler.class, h, null));
        }
    }

    /** The handlers of the configured local types (also used by the tests). */
    static List<WorkflowHandler> local(org.xueji.transfer.api.LocalTypes types, Transactions transactions,
                                       RecordChanges records, AuditTrail audit, PlatformClock clock) {
        List<WorkflowHandler> list = new ArrayList<>();
        for (org.xueji.transfer.api.LocalChangeType t : types.types()) {
            list.add(new ChangeHandler(t, transactions, records, audit, clock::now));
        }
        return list;
    }

    /** Every change type's handler (also used by the tests). */
    static List<WorkflowHandler> all(Transactions transactions, RecordChanges records, AuditTrail audit,
                                     PlatformClock clock) {
        List<WorkflowHandler> list = new ArrayList<>();
        for (ChangeType type : ChangeType.values()) {
            if (type != ChangeType.LOCAL) { // local types: one handler per configured type, see local(…)
                list.add(new ChangeHandler(type, transactions, records, audit, clock::now));
            }
        }
        return list;
    }

    @Deactivate
    synchronized void deactivate() {
        unregister(localRegistrations);
        unregister(registrations);
    }

    private static void unregister(List<ServiceRegistration<WorkflowHandler>> registrations) {
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
