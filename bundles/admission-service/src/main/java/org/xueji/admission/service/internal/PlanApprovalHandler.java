package org.xueji.admission.service.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.admission.api.AdmissionMessages;
import org.xueji.admission.api.PlanStatus;
import org.xueji.admission.service.internal.entity.PlanEntity;
import org.xueji.admission.service.internal.entity.SeasonEntity;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.StepDefinition;
import org.xueji.platform.api.workflow.WorkflowSubject;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;

/**
 * A school's admission plan approved by the district through the kit's workflow (issue 12, item 1):
 * one step, APPROVE_CHANGE, district-wide. Saving a plan submits a request ({@link #request}); the
 * plan counts (applications, allocation, the public page) once approved. A decision on a request
 * that is no longer the plan's current one (the plan was saved again meanwhile) changes nothing;
 * a decision after the allocation is refused (the decision rolls back).
 */
@Component(service = WorkflowHandler.class)
public class PlanApprovalHandler implements WorkflowHandler {

    public static final String TYPE = "admission-plan";
    public static final String STEP = "district-approval";
    public static final RequestType REQUEST_TYPE = new RequestType(TYPE, AdmissionMessages.WORKFLOW_PLAN, List.of(
            StepDefinition.of(STEP, AdmissionMessages.WORKFLOW_PLAN_STEP, Permission.APPROVE_CHANGE,
                    DeciderScope.DISTRICT))).withSubject(AdmissionMessages.WORKFLOW_PLAN_SUBJECT);
    private static final Logger LOG = LoggerFactory.getLogger(PlanApprovalHandler.class);

    private final Transactions tx;
    private final AuditTrail audit;

    @Activate
    public PlanApprovalHandler(@Reference(target = "(osgi.unit.name=xueji-admission)") EntityManagerFactory emf,
                               @Reference AuditTrail audit) {
        this(new Transactions(emf), audit);
    }

    PlanApprovalHandler(Transactions tx, AuditTrail audit) {
        this.tx = tx;
        this.audit = audit;
    }

    /** The request for a saved plan: subject reference {@code season/school}; no personal data. */
    static NewWorkflowRequest request(SeasonEntity season, PlanEntity plan) {
        return new NewWorkflowRequest(TYPE, plan.seasonId + "/" + plan.schoolId, WorkflowSubject.of(season.year,
                season.grade, plan.classes, plan.classCap, plan.reserved), plan.schoolId);
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
        String[] ref = outcome.subjectRef().split("/", 2);
        long seasonId = Long.parseLong(ref[0]);
        long schoolId = Long.parseLong(ref[1]);
        SeasonEntity s = em.find(SeasonEntity.class, seasonId, LockModeType.PESSIMISTIC_WRITE);
        PlanEntity p = s == null ? null : em.find(PlanEntity.class, new PlanEntity.Key(seasonId, schoolId),
                LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new NotFoundException(AdmissionMessages.SCHOOL_NOT_IN_SEASON, String.valueOf(schoolId));
        }
        if (p.requestId == null || p.requestId != outcome.request().id()) {
            // the plan was saved again: its newer request decides it
            LOG.info("admission: decision on an older request {} of plan {}/{} ignored", outcome.request().id(),
                    seasonId, schoolId);
            return;
        }
        if (s.allocatedAt != null) {
            throw new DomainException(AdmissionMessages.ALLOCATION_ALREADY_RUN);
        }
        String before = p.approval;
        p.approval = (outcome.approved() ? PlanStatus.APPROVED : PlanStatus.REJECTED).name();
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("approval", List.of(before, p.approval));
        details.put("workflowRequest", outcome.request().id());
        audit.append(em, AuditEvent.of(outcome.decider(), outcome.approved() ? "admission.plan.approve"
                : "admission.plan.reject", AdmissionServiceImpl.SEASON, seasonId, schoolId).withChanges(details));
    }
}
