package org.xueji.classbalance.service.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.classbalance.api.ClassBalanceMessages;
import org.xueji.classbalance.api.RunStatus;
import org.xueji.classbalance.service.internal.entity.RunEntity;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.StepDefinition;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.registry.api.placement.ClassPlacement;

/**
 * The principal's confirmation (R15, 阳光分班): approved, the run is locked with the SHA-256 of its
 * inputs, parameters, seed and result, audited, and its students are placed in their classes in
 * the registry — all in the workflow's transaction on this module's EntityManager; a refused
 * placement (a class missing, R14) rolls the decision back too. Rejected, the run is closed.
 */
@Component(service = WorkflowHandler.class)
public class ConfirmationHandler implements WorkflowHandler {

    static final RequestType TYPE = new RequestType(ClassBalanceServiceImpl.REQUEST_TYPE,
            ClassBalanceMessages.REQUEST_TYPE, List.of(StepDefinition.of(ClassBalanceServiceImpl.STEP,
            ClassBalanceMessages.STEP_CONFIRM, Permission.APPROVE_CHANGE, DeciderScope.SCHOOL)))
            .withSubject(ClassBalanceMessages.REQUEST_SUBJECT);

    private final ModuleSupport support;
    private final ClassPlacement placement;

    @Activate
    public ConfirmationHandler(@Reference(target = "(osgi.unit.name=xueji-classbalance)") EntityManagerFactory emf,
                               @Reference AuditTrail audit, @Reference AuditService auditService,
                               @Reference PlatformClock clock, @Reference ClassPlacement placement) {
        this(new ModuleSupport(emf, audit, auditService, clock), placement);
    }

    ConfirmationHandler(ModuleSupport support, ClassPlacement placement) {
        this.support = support;
        this.placement = placement;
    }

    @Override
    public RequestType requestType() {
        return TYPE;
    }

    @Override
    public Transactions transactions() {
        return support.transactions();
    }

    @Override
    public void decided(javax.persistence.EntityManager em, WorkflowOutcome outcome) {
        RunEntity e = em.find(RunEntity.class, Long.valueOf(outcome.subjectRef()));
        if (e == null || !RunStatus.SUBMITTED.name().equals(e.status)) {
            throw new DomainException(ClassBalanceMessages.RUN_LOCKED, outcome.subjectRef(),
                    e == null ? RunStatus.REJECTED : RunStatus.valueOf(e.status));
        }
        e.decidedBy = outcome.decider().username();
        e.decidedAt = support.now();
        if (!outcome.approved()) {
            e.status = RunStatus.REJECTED.name();
            em.flush();
            support.audit(em, ClassBalanceServiceImpl.event(outcome.decider(), ClassBalanceAuditActions.REJECT, e));
            return;
        }
        e.status = RunStatus.CONFIRMED.name();
        e.hash = RunCodec.hash(e.inputText, e.resultText);
        em.flush();
        Map<Long, Integer> classes = new HashMap<>();
        for (String[] row : RunCodec.parseResult(e.resultText)) {
            classes.put(Long.valueOf(row[0]), Integer.valueOf(row[1]));
        }
        int moved = placement.place(em, outcome.decider(), e.schoolId, e.grade, e.schoolYear, classes, e.cap);
        Map<String, Object> details = new HashMap<>();
        details.put("hash", e.hash);
        details.put("seed", e.seed);
        details.put("students", classes.size());
        details.put("moved", moved);
        support.audit(em, ClassBalanceServiceImpl.event(outcome.decider(), ClassBalanceAuditActions.CONFIRM, e)
                .withChanges(details));
    }
}
