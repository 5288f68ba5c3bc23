package org.xueji.transfer.service.internal;

import javax.persistence.EntityManager;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.transfer.KeyFields;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.registry.api.transfer.RecordStatus;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.api.TransferSteps;
import org.xueji.transfer.service.internal.entity.ChangeEntity;
import org.xueji.transfer.service.internal.entity.IncomingEntity;

/**
 * The workflow handler of one change type: on the final decision, in the decision's
 * transaction, the change row gets its outcome and an approved change is applied to the record
 * through the registry's {@link RecordChanges} with this EntityManager (籍随人走: a refusal by
 * the registry, e.g. a class filled meanwhile, rolls the decision back too).
 */
final class ChangeHandler implements WorkflowHandler {

    static final String DECIDED = "transfer.decided";

    private final ChangeType type;
    private final RequestType requestType;
    private final Transactions transactions;
    private final RecordChanges records;
    private final AuditTrail audit;
    private final java.util.function.Supplier<java.time.Instant> now;

    ChangeHandler(ChangeType type, Transactions transactions, RecordChanges records, AuditTrail audit,
                  java.util.function.Supplier<java.time.Instant> now) {
        this(type, TransferSteps.requestType(type), transactions, records, audit, now);
    }

    /** The handler of a local type (configured by the district): applied by entering it in the record's history. */
    ChangeHandler(org.xueji.transfer.api.LocalChangeType local, Transactions transactions, RecordChanges records,
                  AuditTrail audit, java.util.function.Supplier<java.time.Instant> now) {
        this(ChangeType.LOCAL, TransferSteps.requestType(local), transactions, records, audit, now);
    }

    private ChangeHandler(ChangeType type, RequestType requestType, Transactions transactions, RecordChanges records,
                          AuditTrail audit, java.util.function.Supplier<java.time.Instant> now) {
        this.type = type;
        this.requestType = requestType;
        this.transactions = transactions;
        this.records = records;
        this.audit = audit;
        this.now = now;
    }

    @Override
    public RequestType requestType() {
        return requestType;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void decided(EntityManager em, WorkflowOutcome outcome) {
        ChangeEntity e = em.find(ChangeEntity.class, Long.valueOf(outcome.subjectRef()));
        if (e == null) {
            throw new DomainException(TransferMessages.CHANGE_NOT_FOUND, outcome.subjectRef());
        }
        if (outcome.approved()) {
            apply(em, e, outcome);
            e.status = ChangeStatus.APPROVED.name();
        } else {
            e.status = ChangeStatus.REJECTED.name();
        }
        e.decidedAt = now.get();
        e.decisionReason = outcome.reason();
        if (type == ChangeType.TRANSFER_IN) {
            // decided: the registry holds the record now, or (rejected) nothing of the child is kept here
            IncomingEntity entered = em.find(IncomingEntity.class, e.id);
            if (entered != null) {
                em.remove(entered);
            }
        }
        em.flush();
        audit.append(em, AuditEvent.of(outcome.decider(), DECIDED, "transfer-change", e.id, e.fromSchoolId)
                .withChanges(java.util.Map.of("type", e.type, "status", e.status, "studentId", e.studentId)));
    }

    private void apply(EntityManager em, ChangeEntity e, WorkflowOutcome outcome) {
        String ref = "transfer:" + e.id;
        var decider = outcome.decider();
        switch (type) {
            case TRANSFER, RESUMPTION, REPEAT_GRADE, SKIP_GRADE, CLASS_CHANGE ->
                    records.move(em, decider, e.studentId, e.toSchoolId, e.toClassId, ref);
            case SUSPENSION -> records.setStatus(em, decider, e.studentId, RecordStatus.SUSPENDED, ref);
            case DEATH -> records.setStatus(em, decider, e.studentId, RecordStatus.DECEASED, ref);
            case WITHDRAWAL -> records.setStatus(em, decider, e.studentId, RecordStatus.WITHDRAWN, ref);
            case TRANSFER_OUT -> {
                // the other district's reply is recorded before the bureau approves
                if (e.replyAgreed == null) {
                    throw new DomainException(TransferMessages.REPLY_MISSING);
                }
                if (!e.replyAgreed) {
                    throw new DomainException(TransferMessages.REPLY_REFUSED);
                }
                records.setStatus(em, decider, e.studentId, RecordStatus.TRANSFERRED_OUT, ref);
            }
            case CORRECTION -> records.correct(em, decider, e.studentId, correction(e), ref);
            case LOCAL -> records.recordLocalChange(em, decider, e.studentId, e.localCode, ref);
            case TRANSFER_IN -> {
                // the sending side's reply is recorded before the bureau approves
                if (e.replyAgreed == null) {
                    throw new DomainException(TransferMessages.REPLY_MISSING_SENDING);
                }
                if (!e.replyAgreed) {
                    throw new DomainException(TransferMessages.REPLY_REFUSED_SENDING);
                }
                IncomingEntity entered = em.find(IncomingEntity.class, e.id);
                if (entered == null) {
                    throw new DomainException(TransferMessages.TRANSFER_IN_RECORD_REQUIRED);
                }
                // the record is created in the receiving school's class in this transaction (籍随人走)
                e.studentId = records.registerTransferIn(em, decider,
                        IncomingRecords.data(entered, e.toSchoolId, e.toClassId), ref).studentId();
            }
            default -> throw new IllegalStateException("no outcome for " + type);
        }
    }

    static KeyFields correction(ChangeEntity e) {
        return new KeyFields(e.correctionName, e.correctionSex == null ? null : Sex.fromCode(e.correctionSex),
                e.correctionBirthDate,
                e.correctionIdType == null ? null : CodedValue.fromCodeOrLabel(IdDocumentType.class, e.correctionIdType),
                e.correctionIdNumber, e.correctionEthnicity);
    }
}
