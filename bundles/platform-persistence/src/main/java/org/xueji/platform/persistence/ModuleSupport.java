package org.xueji.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;

/**
 * What every module service needs besides its own logic, in one constructor argument:
 * transactions of the module's persistence unit, the audit trail joined to those
 * transactions (R7), audited refusals (R1) and the platform clock. A DS component builds it
 * from its references; a fast test gets one from {@code ModuleTestStore.support()}.
 *
 * <pre>
 * &#64;Activate
 * public LedgerServiceImpl(&#64;Reference(target = "(osgi.unit.name=xueji-ledger)") EntityManagerFactory emf,
 *                          &#64;Reference AuditTrail auditTrail, &#64;Reference AuditService auditService,
 *                          &#64;Reference PlatformClock clock) {
 *     this(new ModuleSupport(emf, auditTrail, auditService, clock));
 * }
 * </pre>
 */
public final class ModuleSupport {

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final DeniedAccess deniedAccess;
    private final PlatformClock clock;

    public ModuleSupport(EntityManagerFactory entityManagerFactory, AuditTrail auditTrail, AuditService auditService,
                         PlatformClock clock) {
        this.transactions = new Transactions(entityManagerFactory);
        this.auditTrail = auditTrail;
        this.deniedAccess = new DeniedAccess(auditService);
        this.clock = clock;
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * Runs a change in one transaction and appends its audit row in that same transaction:
     * the change and its row commit together or not at all (R7).
     */
    public <T> T change(Function<EntityManager, T> work, Function<T, AuditEvent> audit) {
        return transactions.inTransaction(em -> {
            T result = work.apply(em);
            auditTrail.append(em, audit.apply(result));
            return result;
        });
    }

    /** Appends to the audit trail inside the caller's transaction. */
    public void audit(EntityManager em, AuditEvent event) {
        auditTrail.append(em, event);
    }

    /** Runs a call and audits it, in a transaction of its own, when it is refused (R1, R7). */
    public <T> T guard(Actor actor, String action, String targetType, Object targetId, Supplier<T> call) {
        return deniedAccess.guard(actor, action, targetType, targetId, call);
    }

    public PlatformClock clock() {
        return clock;
    }

    public LocalDate today() {
        return clock.today();
    }

    public Instant now() {
        return clock.now();
    }
}
