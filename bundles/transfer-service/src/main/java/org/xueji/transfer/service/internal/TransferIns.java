package org.xueji.transfer.service.internal;

import static org.xueji.transfer.service.internal.ChangeAccess.TARGET;
import static org.xueji.transfer.service.internal.ChangeAccess.auditFields;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.documents.evidence.EvidenceKind;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.finding.PresenceFinding;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.registry.api.transfer.RecordPlacement;
import org.xueji.registry.api.transfer.RecordStatus;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.IncomingTransfer;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.service.internal.entity.ChangeEntity;

/**
 * Starting a transfer in from another district or province (转入): the record entered from the sending
 * school's printed 学籍登记表 validated like a registration, D1 (no record of the ID number in the district,
 * looked up with the R1 lookup: audited and throttled), the checks of a transfer (R8, R9, R10, R12, R14/R15,
 * dates; {@link ChangeChecks}, with the record standing outside the district), and the change row, the entered
 * record (TRF_INCOMING), the evidence and the workflow request in one transaction. The record itself is
 * created by the district's approval ({@link ChangeHandler}).
 */
final class TransferIns {

    /** The entered record stands in no school of the district: the checks see school 0, no class. */
    private static final long OUTSIDE = 0;

    private final ModuleSupport support;
    private final RecordChanges records;
    private final ChangeChecks checks;
    private final ChangeSubmissions submissions;
    private final ChangeViews views;
    private final LedgerPosts ledger;

    TransferIns(ModuleSupport support, RecordChanges records, ChangeSubmissions submissions, ChangeViews views,
                LedgerPosts ledger) {
        this.support = support;
        this.records = records;
        this.checks = new ChangeChecks(records);
        this.submissions = submissions;
        this.views = views;
        this.ledger = ledger;
    }

    ChangeRequest submit(Actor actor, IncomingTransfer t) {
        return support.guard(actor, "transfer.submit-in", "school", t.toSchoolId(), () -> {
            actor.require(Permission.EDIT_STUDENT);
            if (t.toSchoolId() == null) {
                throw new ValidationException(List.of(new FieldError("targetSchoolId",
                        TransferMessages.TARGET_SCHOOL_REQUIRED)));
            }
            actor.requireSchool(t.toSchoolId());
            NewChange change = asChange(t);
            ChangeSubmissions.validateInput(change);
            StudentData data = validRecord(t);
            List<EvidenceKind> kinds = ChangeSubmissions.judge(t.evidence());
            PresenceFinding finding = t.findingId() == null ? null : submissions.openFinding(actor, t.findingId());
            ChangeEntity saved = support.change(em -> {
                List<FieldError> errors = new ArrayList<>();
                // R18: the receiving school's finding, of the child whose record is entered
                if (finding != null && (finding.schoolId() != t.toSchoolId()
                        || finding.idNumber() == null || !finding.idNumber().equalsIgnoreCase(data.idNumber()))) {
                    errors.add(new FieldError("findingId", TransferMessages.FINDING_MISMATCH));
                }
                // D1 一人一籍: a record of this ID number anywhere in the district is moved by a transfer within it
                // (a child without any document has no number to look up)
                if (data.idNumber() != null) {
                    records.lookUp(em, actor, data.idNumber()).ifPresent(r -> errors.add(new FieldError("D1",
                            TransferMessages.TRANSFER_IN_RECORD_EXISTS,
                            IdentityMask.registryNumber(r.registryNumber()))));
                }
                RecordPlacement outside = new RecordPlacement(0, 0, null, OUTSIDE, null, t.gradeLevel(),
                        data.entryYearMonth(), RecordStatus.ACTIVE, null);
                errors.addAll(checks.check(em, change, outside, pendingTransferIn(em, data.idNumber()), support.today()));
                ChangeSubmissions.applyOverride(actor, t.overrideReason(), errors);
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                ChangeEntity e = newChange(actor, t);
                em.persist(e);
                em.flush();
                em.persist(IncomingRecords.row(e.id, data));
                submissions.storeEvidence(em, actor, e.id, t.evidence(), kinds);
                e.workflowId = submissions.startWorkflow(em, actor, e).id();
                return e;
            }, e -> AuditEvent.of(actor, "transfer.submit", TARGET, e.id, e.toSchoolId).withChanges(auditFields(e)));
            ledger.afterSubmit(actor, saved, support.today());
            return views.view(saved, actor, support.today());
        });
    }

    /** The checks of a transfer into the receiving school's class (the record has no id yet). */
    private static NewChange asChange(IncomingTransfer t) {
        return new NewChange(ChangeType.TRANSFER, 0, t.toSchoolId(), t.toClassId(), t.gradeLevel(), t.effectiveDate(),
                t.reason(), null, t.otherSide(), t.conditionsMet(), null, t.overrideReason(), t.evidence());
    }

    /** The entered record, normalised and validated like a registration; refused with every field's error. */
    private StudentData validRecord(IncomingTransfer t) {
        List<FieldError> errors = new ArrayList<>();
        if (t.otherSide() == null || t.otherSide().isBlank()) {
            errors.add(new FieldError("otherSide", TransferMessages.OTHER_SIDE_REQUIRED));
        }
        if (t.gradeLevel() == null) {
            errors.add(new FieldError("gradeLevel", TransferMessages.TRANSFER_IN_GRADE_REQUIRED));
        }
        if (t.record() == null) {
            errors.add(new FieldError("record", TransferMessages.TRANSFER_IN_RECORD_REQUIRED));
            throw new ValidationException(errors);
        }
        StudentData data = StudentValidator.normalise(t.record().withPlacement(t.toSchoolId(), t.toClassId()));
        errors.addAll(StudentValidator.validate(data, support.today()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return data;
    }

    /** A pending transfer in of the same ID number (the "already in a pending change" check). */
    private static Long pendingTransferIn(EntityManager em, String idNumber) {
        if (idNumber == null) {
            return null;
        }
        List<Long> ids = em.createQuery("select c.id from TransferChange c, TransferIncoming i where i.changeId = c.id"
                        + " and i.idNumber = :n and c.status = 'PENDING'", Long.class)
                .setParameter("n", idNumber).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    private ChangeEntity newChange(Actor actor, IncomingTransfer t) {
        ChangeEntity e = new ChangeEntity();
        e.type = ChangeType.TRANSFER_IN.id();
        e.status = ChangeStatus.PENDING.name();
        e.studentId = 0; // no record yet: set to the created record by the approval
        e.fromSchoolId = t.toSchoolId(); // no sending school in the district: the receiving school holds the change
        e.toSchoolId = t.toSchoolId();
        e.toClassId = t.toClassId();
        e.targetGrade = t.gradeLevel();
        e.effectiveDate = t.effectiveDate();
        e.reason = t.reason().strip();
        e.otherSide = t.otherSide().strip();
        e.conditionsMet = t.conditionsMet() && t.evidence().stream()
                .anyMatch(u -> u.category() == EvidenceCategory.ADMISSION_CONDITIONS);
        e.overrideReason = t.overrideReason() == null || t.overrideReason().isBlank() ? null : t.overrideReason().strip();
        e.findingId = t.findingId(); // settled by FindingLinks once the district approved
        e.submittedBy = actor.username();
        e.submittedAt = support.now();
        return e;
    }
}
