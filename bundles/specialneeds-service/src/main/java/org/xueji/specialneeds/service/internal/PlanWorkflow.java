package org.xueji.specialneeds.service.internal;

import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.StepDefinition;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.specialneeds.api.DecisionStatus;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.service.internal.entity.ChildEntity;
import org.xueji.specialneeds.service.internal.entity.PlanEntity;

/** 一人一案 versions approved by the school's leader (APPROVE_CHANGE of the child's school, R26). */
@Component(service = WorkflowHandler.class)
public class PlanWorkflow implements WorkflowHandler {

    static final String TYPE = "special-plan";
    static final RequestType REQUEST_TYPE = new RequestType(TYPE, SpecialNeedsMessages.PLAN_REQUEST,
            List.of(StepDefinition.of("leader-approval", SpecialNeedsMessages.PLAN_STEP, Permission.APPROVE_CHANGE,
                    DeciderScope.SCHOOL))).withSubject(SpecialNeedsMessages.PLAN_SUBJECT);

    private final Transactions tx;
    private final AuditTrail audit;
    private final PlatformClock clock;

    @Activate
    public PlanWorkflow(@Reference(target = SpecialNeedsSchema.UNIT_FILTER) EntityManagerFactory emf,
                        @Reference AuditTrail audit, @Reference PlatformClock clock) {
        this(new Transactions(emf), audit, clock);
    }

    PlanWorkflow(Transactions tx, AuditTrail audit, PlatformClock clock) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RequestType requestType() {
        return REQUEST_TYPE;
    }

    @Override
    public Transactions transactions() {
        return tx;
    }

    @Override
    public void decided(EntityManager em, WorkflowOutcome outcome) {
        PlanEntity p = em.find(PlanEntity.class, Long.parseLong(outcome.subjectRef()), LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !DecisionStatus.PENDING.name().equals(p.status)) {
            return;
        }
        p.status = (outcome.approved() ? DecisionStatus.APPROVED : DecisionStatus.REJECTED).name();
        p.decidedOn = clock.today();
        em.flush();
        ChildEntity c = em.find(ChildEntity.class, p.childId);
        audit.append(em, AuditEvent.of(outcome.decider(), "specialneeds.plan." + (outcome.approved() ? "approve"
                : "reject"), SpecialNeedsServiceImpl.CHILD, c.id, c.schoolId).withChanges(Map.of("plan", p.id,
                "version", p.versionNo)));
    }
}
