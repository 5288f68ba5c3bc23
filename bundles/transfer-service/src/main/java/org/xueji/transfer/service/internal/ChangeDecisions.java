package org.xueji.transfer.service.internal;

import static org.xueji.transfer.service.internal.ChangeAccess.TARGET;
import static org.xueji.transfer.service.internal.ChangeAccess.TEXT_MAX;
import static org.xueji.transfer.service.internal.ChangeAccess.visible;

import java.util.List;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.service.internal.entity.ChangeEntity;

/**
 * What happens to a submitted change: the step decisions (through the kit's workflow, which checks
 * the decider's scope; {@link ChangeHandler} applies the outcome) and, for a transfer out, the
 * other side's reply and the confirmed arrival.
 */
final class ChangeDecisions {

    private final ModuleSupport support;
    private final Transactions tx;
    private final WorkflowService workflow;
    private final ChangeViews views;
    private final FindingLinks findings;

    ChangeDecisions(ModuleSupport support, WorkflowService workflow, ChangeViews views, FindingLinks findings) {
        this.support = support;
        this.tx = support.transactions();
        this.workflow = workflow;
        this.views = views;
        this.findings = findings;
    }

    public ChangeRequest decide(Actor actor, long changeId, Decision decision, String reason) {
        return support.guard(actor, "transfer.decide", TARGET, changeId, () -> {
            actor.require(Permission.APPROVE_CHANGE);
            ChangeEntity e = tx.read(em -> visible(em, actor, changeId));
            if (e.workflowId == null) {
                throw new DomainException(org.xueji.platform.api.workflow.WorkflowMessages.REQUEST_DECIDED, changeId);
            }
            // the kit checks the decider's scope, STEP_ALREADY_DECIDED, reasons; the handler applies the outcome
            workflow.decide(actor, e.workflowId, decision, reason);
            try {
                findings.settleChange(tx, changeId); // R18: after commit; the follow-up job retries a failure
            } catch (RuntimeException later) {
                // the decision stands; the finding is settled on the next follow-up run
            }
            return tx.read(em -> views.view(em.find(ChangeEntity.class, changeId), actor, support.today()));
        });
    }

    ChangeRequest recordReply(Actor actor, long changeId, boolean agreed, String note) {
        return support.guard(actor, "transfer.reply", TARGET, changeId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            if (note != null && note.length() > TEXT_MAX) {
                throw new ValidationException(List.of(new FieldError("note", TransferMessages.TEXT_TOO_LONG, TEXT_MAX)));
            }
            ChangeEntity saved = support.change(em -> {
                ChangeEntity e = visible(em, actor, changeId);
                actor.requireSchool(e.fromSchoolId);
                if (ChangeType.TRANSFER_IN.id().equals(e.type)) {
                    // 转入: the receiving school (or the district) records the sending side's reply
                } else if (!ChangeType.TRANSFER_OUT.id().equals(e.type)) {
                    throw new DomainException(TransferMessages.NOT_A_TRANSFER_ACROSS);
                }
                if (!ChangeStatus.PENDING.name().equals(e.status)) {
                    throw new DomainException(org.xueji.platform.api.workflow.WorkflowMessages.REQUEST_DECIDED, changeId);
                }
                e.replyAgreed = agreed;
                e.replyNote = note == null || note.isBlank() ? null : note.strip();
                return e;
            }, e -> AuditEvent.of(actor, "transfer.reply", TARGET, e.id, e.fromSchoolId)
                    .withChanges(Map.of("agreed", agreed)));
            return views.view(saved, actor, support.today());
        });
    }

    ChangeRequest confirmArrival(Actor actor, long changeId) {
        return support.guard(actor, "transfer.arrival", TARGET, changeId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            ChangeEntity saved = support.change(em -> {
                ChangeEntity e = visible(em, actor, changeId);
                actor.requireSchool(e.fromSchoolId);
                if (!ChangeType.TRANSFER_OUT.id().equals(e.type)) {
                    throw new DomainException(TransferMessages.NOT_A_TRANSFER_OUT);
                }
                if (!ChangeStatus.APPROVED.name().equals(e.status)) {
                    throw new DomainException(TransferMessages.NOT_APPROVED);
                }
                if (e.arrivedOn != null) {
                    throw new DomainException(TransferMessages.ALREADY_CONFIRMED);
                }
                e.arrivedOn = support.today();
                return e;
            }, e -> AuditEvent.of(actor, "transfer.arrival", TARGET, e.id, e.fromSchoolId));
            return views.view(saved, actor, support.today());
        });
    }
}
