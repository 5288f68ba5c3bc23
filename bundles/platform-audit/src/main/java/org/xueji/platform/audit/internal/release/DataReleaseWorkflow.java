package org.xueji.platform.audit.internal.release;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.release.DataReleaseStatus;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.StepDefinition;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.audit.internal.AuditWriter;
import org.xueji.platform.audit.internal.anchor.AuditAnchor;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;

/**
 * Data releases on the approval workflow (R3, R4, R17): one step, decided by the bureau
 * (APPROVE_DATA_RELEASE, district-wide) within 7 working days. The release's decision is
 * written here, in the transaction that records the workflow's final decision.
 */
@Component(service = WorkflowHandler.class)
public class DataReleaseWorkflow implements WorkflowHandler {

    public static final String TYPE = "data-release";
    public static final String STEP = "bureau-approval";
    public static final RequestType REQUEST_TYPE = new RequestType(TYPE, ReleaseMessages.WORKFLOW_TYPE, List.of(
            StepDefinition.of(STEP, ReleaseMessages.WORKFLOW_STEP, Permission.APPROVE_DATA_RELEASE,
                    DeciderScope.DISTRICT)));

    private final Transactions tx;
    private final PlatformClock clock;
    private final AuditWriter audit;

    @Activate
    public DataReleaseWorkflow(@Reference(target = "(osgi.unit.name=xueji-audit)") EntityManagerFactory emf,
                               @Reference PlatformClock clock, @Reference AuditAnchor anchor) {
        this.tx = new Transactions(emf);
        this.clock = clock;
        this.audit = new AuditWriter(clock::now, anchor::sealHead);
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
        long id = Long.parseLong(outcome.subjectRef());
        DataReleaseEntity e = em.find(DataReleaseEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new NotFoundException(ReleaseMessages.RELEASE_NOT_FOUND, String.valueOf(id));
        }
        DataReleaseStatus before = DataReleaseStatus.valueOf(e.status);
        if (before != DataReleaseStatus.PENDING) {
            throw new DomainException(ReleaseMessages.RELEASE_NOT_PENDING, String.valueOf(id), before.label());
        }
        boolean approve = outcome.approved();
        Instant now = clock.now();
        e.status = (approve ? DataReleaseStatus.APPROVED : DataReleaseStatus.REJECTED).name();
        e.decidedBy = outcome.decider().username();
        e.decidedAt = now;
        e.decisionNote = outcome.reason();
        if (approve) {
            e.validUntil = now.plus(Duration.ofDays(e.validDays));
        }
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", List.of(before.name(), e.status));
        if (e.decisionNote != null) {
            details.put(approve ? "note" : "reason", e.decisionNote);
        }
        if (approve) {
            details.put("validUntil", e.validUntil);
        }
        details.put("workflowRequest", outcome.request().id());
        audit.append(em, new AuditEvent(outcome.decider(), approve ? "release.approve" : "release.reject",
                DataReleaseServiceImpl.TARGET, String.valueOf(e.id), e.schoolId, details));
    }
}
