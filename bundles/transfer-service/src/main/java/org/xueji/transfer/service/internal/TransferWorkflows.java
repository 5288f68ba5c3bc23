package org.xueji.transfer.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.LocalChangeType;
import org.xueji.transfer.api.LocalTypes;

/** Registers one workflow handler per change type (the kit's whiteboard finds them by type id). */
@Component(immediate = true, configurationPid = TransferSettings.PID)
public class TransferWorkflows {

    private static final Logger LOG = LoggerFactory.getLogger(TransferWorkflows.class);

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
        LocalTypes configured = LocalTypeConfig.parse(settings.localTypes());
        List<LocalChangeType> retired = retired(transactions, configured);
        for (LocalChangeType t : retired) {
            LOG.info("local change type {} is no longer configured: its pending changes stay decidable", t.code());
        }
        for (WorkflowHandler h : local(configured.types(), transactions, records, audit, clock)) {
            localRegistrations.add(context.registerService(WorkflowHandler.class, h, null));
        }
        for (WorkflowHandler h : local(retired, transactions, records, audit, clock)) {
            localRegistrations.add(context.registerService(WorkflowHandler.class, h, null));
        }
    }

    /** The handlers of local types (also used by the tests). */
    static List<WorkflowHandler> local(List<LocalChangeType> types, Transactions transactions,
                                       RecordChanges records, AuditTrail audit, PlatformClock clock) {
        List<WorkflowHandler> list = new ArrayList<>();
        for (LocalChangeType t : types) {
            list.add(new ChangeHandler(t, transactions, records, audit, clock::now));
        }
        return list;
    }

    /**
     * Local types taken out of the configuration while changes of theirs are pending: without a handler their
     * steps would leave every inbox and could not be decided. Rebuilt from the values stored with the changes
     * (transfer-005; older changes have none: the code as name, and the district step, which only matters
     * when the request has one). Never offered for new changes: submission checks the configured types.
     */
    static List<LocalChangeType> retired(Transactions transactions, LocalTypes configured) {
        return transactions.read(em -> {
            Map<String, LocalChangeType> byCode = new TreeMap<>();
            for (Object[] row : em.createQuery("select c.localCode, c.localNameZh, c.localNameEn, c.localDistrictStep"
                    + " from TransferChange c where c.status = :pending and c.localCode is not null", Object[].class)
                    .setParameter("pending", ChangeStatus.PENDING.name()).getResultList()) {
                String code = (String) row[0];
                if (configured.find(code).isEmpty()) {
                    byCode.putIfAbsent(code, new LocalChangeType(code, row[1] == null ? code : (String) row[1],
                            row[2] == null ? code : (String) row[2], row[3] == null || (Boolean) row[3], false));
                }
            }
            return List.copyOf(byCode.values());
        });
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
