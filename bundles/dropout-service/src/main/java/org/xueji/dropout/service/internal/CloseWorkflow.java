package org.xueji.dropout.service.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.service.internal.entity.EntryEntity;
import org.xueji.dropout.service.internal.entity.OpenChildEntity;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
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

/**
 * 动态销号 on the approval workflow (R23): one step decided by the district (APPROVE_CHANGE,
 * district-wide). Approval closes the entry and frees the child's key (a later finding opens a
 * new entry); rejection puts it back on the ledger it came from.
 */
@Component(service = WorkflowHandler.class)
public class CloseWorkflow implements WorkflowHandler {

    public static final String TYPE = "dropout-close";
    public static final String STEP = "district-approval";
    public static final RequestType REQUEST_TYPE = new RequestType(TYPE, DropoutMessages.WORKFLOW_CLOSE, List.of(
            StepDefinition.of(STEP, DropoutMessages.WORKFLOW_STEP, Permission.APPROVE_CHANGE, DeciderScope.DISTRICT)))
            .withSubject(DropoutMessages.WORKFLOW_CLOSE_SUBJECT);

    private final Transactions tx;
    private final PlatformClock clock;
    private final AuditTrail audit;

    @Activate
    public CloseWorkflow(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                         @Reference PlatformClock clock, @Reference AuditTrail audit) {
        this(new Transactions(emf), clock, audit);
    }

    CloseWorkflow(Transactions tx, PlatformClock clock, AuditTrail audit) {
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
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
        EntryEntity e = em.find(EntryEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new NotFoundException(DropoutMessages.ENTRY_NOT_FOUND, String.valueOf(id));
        }
        if (!EntryStatus.CLOSING.name().equals(e.status)) {
            throw new DomainException(DropoutMessages.ENTRY_CLOSED);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (outcome.approved()) {
            e.status = EntryStatus.CLOSED.name();
            e.closedOn = clock.today();
            OpenChildEntity open = em.find(OpenChildEntity.class, e.childKey);
            if (open != null && open.entryId == e.id) {
                em.remove(open);
            }
            details.put("status", List.of(EntryStatus.CLOSING.name(), e.status));
            details.put("outcome", e.outcome);
        } else {
            String back = e.confirmedBy != null ? EntryStatus.DROPOUT.name() : EntryStatus.SUSPECTED.name();
            details.put("status", List.of(EntryStatus.CLOSING.name(), back));
            details.put("refusedOutcome", e.outcome);
            e.status = back;
            e.outcome = null;
            e.outcomeClassId = null;
            e.outcomePlace = null;
            e.outcomeNote = null;
        }
        details.put("workflowRequest", outcome.request().id());
        em.flush();
        audit.append(em, AuditEvent.of(outcome.decider(), outcome.approved() ? "dropout.entry.close"
                : "dropout.entry.close-reject", Entries.TARGET, e.id, e.schoolId).withChanges(details));
    }
}
