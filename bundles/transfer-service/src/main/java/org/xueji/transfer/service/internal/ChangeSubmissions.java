package org.xueji.transfer.service.internal;

import static org.xueji.transfer.service.internal.ChangeAccess.TARGET;
import static org.xueji.transfer.service.internal.ChangeAccess.TEXT_MAX;
import static org.xueji.transfer.service.internal.ChangeAccess.auditFields;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowSubject;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.documents.evidence.EvidenceKind;
import org.xueji.platform.documents.evidence.EvidenceRules;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowSubmission;
import org.xueji.registry.api.finding.PresenceFinding;
import org.xueji.registry.api.finding.PresenceFindings;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.registry.api.transfer.RecordPlacement;
import org.xueji.registry.api.transfer.RecordStatus;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;
import org.xueji.transfer.api.FindingStart;
import org.xueji.transfer.api.FoundStudent;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.api.TransferSteps;
import org.xueji.transfer.service.internal.entity.ChangeEntity;
import org.xueji.transfer.service.internal.entity.EvidenceEntity;

/**
 * Starting changes: the number lookup, the automatic checks (R8, R10, R14/R15, with the district's
 * R8 override), input limits, evidence judged by content, and the change row with its workflow
 * request in one transaction; a withdrawal within the limit applied at once.
 */
final class ChangeSubmissions {

    static final int MAX_FILES = 10;

    private final ModuleSupport support;
    private final Transactions tx;
    private final RecordChanges records;
    private final WorkflowSubmission submission;
    private final ChangeChecks checks;
    private final ChangeViews views;
    private final LedgerPosts ledger;
    private final java.util.function.Supplier<Limits> limits;
    private final FindingLinks findings;

    private final java.util.function.Supplier<org.xueji.transfer.api.LocalTypes> localTypes;

    ChangeSubmissions(ModuleSupport support, RecordChanges records, WorkflowSubmission submission, ChangeViews views,
                      LedgerPosts ledger, java.util.function.Supplier<Limits> limits, FindingLinks findings,
                      java.util.function.Supplier<org.xueji.transfer.api.LocalTypes> localTypes) {
        this.localTypes = localTypes;
        this.support = support;
        this.tx = support.transactions();
        this.records = records;
        this.submission = submission;
        this.checks = new ChangeChecks(records);
        this.views = views;
        this.ledger = ledger;
        this.limits = limits;
        this.findings = findings;
    }

    /** R18 one-click start: the finding in the actor's scope and the record its roster ID number finds (R1 lookup). */
    FindingStart fromFinding(Actor actor, long findingId) {
        return support.guard(actor, "transfer.finding", "discrepancy", findingId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            PresenceFinding f = openFinding(actor, findingId);
            FoundStudent found = f.idNumber() == null ? null : find(actor, f.idNumber()).orElse(null);
            if (found != null) {
                // a record elsewhere in the district: a transfer within it; the number never reaches the view
                return new FindingStart(findingId, f.schoolId(), f.gradeLevel(), f.classNumber(), found);
            }
            // no record anywhere in the district: a transfer in from outside, entered with the school's own
            // roster values (the child it reported present)
            return new FindingStart(findingId, f.schoolId(), f.gradeLevel(), f.classNumber(), null, f.name(),
                    f.idNumber());
        });
    }

    /** The open finding in the actor's scope (R18), or refused; also for a transfer in ({@link TransferIns}). */
    PresenceFinding openFinding(Actor actor, long findingId) {
        PresenceFindings service = findings.service().orElseThrow(() ->
                new DomainException(TransferMessages.FINDINGS_UNAVAILABLE));
        PresenceFinding f = service.personWithoutRecord(actor, findingId).orElseThrow(() ->
                new NotFoundException(TransferMessages.FINDING_NOT_FOUND, findingId));
        actor.requireSchool(f.schoolId());
        if (!f.open()) {
            throw new DomainException(TransferMessages.FINDING_NOT_OPEN);
        }
        return f;
    }

    public Optional<FoundStudent> find(Actor actor, String number) {
        return support.guard(actor, "transfer.lookup", "student", null, () -> {
            actor.require(Permission.EDIT_STUDENT);
            // R1: an exact number only, audited (the record's id, never the number), and throttled per account
            // like the registration's duplicate checks (RecordChanges.lookUp: DUPLICATE_CHECKS_EXCEEDED)
            return support.change(em -> records.lookUp(em, actor, number).map(r -> new FoundStudent(r.studentId(),
                            IdentityMask.registryNumber(r.registryNumber()), r.schoolId(), r.classId(), r.gradeLevel(), r.status())),
                    found -> AuditEvent.of(actor, "transfer.lookup", "student",
                            found.map(FoundStudent::studentId).orElse(null), found.map(FoundStudent::schoolId).orElse(null))
                            .withChanges(Map.of("found", found.isPresent())));
        });
    }

    List<FieldError> check(Actor actor, NewChange change) {
        return support.guard(actor, "transfer.check", "student", change.studentId(), () -> {
            actor.require(Permission.EDIT_STUDENT);
            return tx.read(em -> {
                RecordPlacement rec = records.record(em, change.studentId()).orElse(null);
                if (rec == null) {
                    return List.of(new FieldError("R10", TransferMessages.R10_NO_RECORD));
                }
                requireSubmitScope(actor, change, rec);
                return blocking(em, actor, change, rec);
            });
        });
    }

    ChangeRequest submit(Actor actor, NewChange change) {
        return support.guard(actor, "transfer.submit", "student", change.studentId(), () -> {
            actor.require(Permission.EDIT_STUDENT);
            validateInput(change);
            List<EvidenceKind> kinds = judge(change.evidence());
            PresenceFinding finding = change.findingId() == null ? null : openFinding(actor, change.findingId());
            ChangeEntity saved = support.change(em -> {
                // held until commit: a second change of this student waits, then sees this one pending
                RecordPlacement rec = records.recordForChange(em, change.studentId()).orElseThrow(() ->
                        new ValidationException(List.of(new FieldError("R10", TransferMessages.R10_NO_RECORD))));
                requireSubmitScope(actor, change, rec);
                List<FieldError> errors = blocking(em, actor, change, rec);
                if (finding != null && !findingMatches(em, finding, change)) {
                    errors.add(new FieldError("findingId", TransferMessages.FINDING_MISMATCH));
                }
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                ChangeEntity e = newChange(actor, change, rec);
                em.persist(e);
                em.flush();
                storeEvidence(em, actor, e.id, change.evidence(), kinds);
                e.workflowId = startWorkflow(em, actor, e).id();
                return e;
            }, e -> AuditEvent.of(actor, "transfer.submit", TARGET, e.id, e.fromSchoolId).withChanges(auditFields(e)));
            ledger.afterSubmit(actor, saved, support.today());
            return views.view(saved, actor, support.today());
        });
    }

    ChangeRequest withdraw(Actor actor, long studentId, String reason, List<EvidenceUpload> evidence) {
        return support.guard(actor, "transfer.withdraw", "student", studentId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            NewChange change = new NewChange(ChangeType.WITHDRAWAL, studentId, null, null, null, support.today(),
                    reason, null, null, true, null, null, evidence);
            validateInput(change);
            List<EvidenceKind> kinds = judge(change.evidence());
            ChangeEntity saved = support.change(em -> {
                RecordPlacement rec = records.recordForChange(em, studentId).orElseThrow(() ->
                        new NotFoundException(TransferMessages.CHANGE_NOT_FOUND, studentId));
                actor.requireSchool(rec.schoolId());
                if (rec.status() != RecordStatus.ACTIVE) {
                    throw new DomainException(TransferMessages.WITHDRAW_NOT_ACTIVE);
                }
                Long pending = pendingChange(em, studentId);
                if (pending != null) {
                    throw new ValidationException(List.of(new FieldError("pending",
                            TransferMessages.PENDING_CHANGE_EXISTS, pending)));
                }
                ChangeEntity e = newChange(actor, change, rec);
                em.persist(e);
                em.flush();
                storeEvidence(em, actor, e.id, change.evidence(), kinds);
                boolean withinLimit = rec.createdAt() != null && !support.now().isAfter(
                        rec.createdAt().plus(Duration.ofDays(limits.get().withdrawDays())));
                if (withinLimit && !actor.isDistrictWide()) {
                    // the school's own mistake, caught within the limit: withdrawn at once, kept and marked
                    records.setStatus(em, actor, studentId, RecordStatus.WITHDRAWN, "transfer:" + e.id);
                    e.status = ChangeStatus.DONE.name();
                    e.decidedAt = support.now();
                } else {
                    e.workflowId = startWorkflow(em, actor, e).id();
                }
                return e;
            }, e -> AuditEvent.of(actor, "transfer.withdraw", TARGET, e.id, e.fromSchoolId).withChanges(auditFields(e)));
            return views.view(saved, actor, support.today());
        });
    }
    // ---- helpers

    /** The receiving school starts a transfer; every other change is started by the record's school. */
    private static void requireSubmitScope(Actor actor, NewChange change, RecordPlacement rec) {
        if (change.type() == ChangeType.TRANSFER) {
            if (change.targetSchoolId() == null) {
                throw new ValidationException(List.of(new FieldError("targetSchoolId",
                        TransferMessages.TARGET_SCHOOL_REQUIRED)));
            }
            actor.requireSchool(change.targetSchoolId());
        } else {
            actor.requireSchool(rec.schoolId());
        }
    }

    /** The checks, with R8 set aside by a district override with a written reason. */
    private List<FieldError> blocking(EntityManager em, Actor actor, NewChange change, RecordPlacement rec) {
        List<FieldError> errors = new ArrayList<>(checks.check(em, change, rec, pendingChange(em, rec.studentId()),
                support.today()));
        applyOverride(actor, change.overrideReason(), errors);
        if (change.type() == ChangeType.LOCAL) {
            localErrors(change, errors);
        }
        return errors;
    }

    /** A local type must be configured; its evidence, when the configuration requires it, uploaded. */
    private void localErrors(NewChange change, List<FieldError> errors) {
        var local = change.localCode() == null ? java.util.Optional.<org.xueji.transfer.api.LocalChangeType>empty()
                : localTypes.get().find(change.localCode());
        if (local.isEmpty()) {
            errors.add(new FieldError("localCode", TransferMessages.LOCAL_TYPE_UNKNOWN,
                    change.localCode() == null ? "-" : change.localCode()));
        } else if (local.get().evidenceRequired() && change.evidence().isEmpty()) {
            errors.add(new FieldError("evidence", TransferMessages.EVIDENCE_MISSING, EvidenceCategory.OTHER.name()));
        }
    }

    /** R8 set aside by a district account's written reason; a school account's reason is refused. */
    static void applyOverride(Actor actor, String overrideReason, List<FieldError> errors) {
        if (overrideReason != null && !overrideReason.isBlank()) {
            if (!actor.isDistrictWide()) {
                errors.add(new FieldError("overrideReason", TransferMessages.OVERRIDE_DISTRICT_ONLY));
            } else {
                errors.removeIf(e -> ChangeChecks.OVERRIDABLE.contains(e.field()));
            }
        }
    }

    /** The finding is the receiving school's, and its roster ID number is this record's (a transfer only). */
    private boolean findingMatches(EntityManager em, PresenceFinding f, NewChange change) {
        return change.type() == ChangeType.TRANSFER && change.targetSchoolId() != null
                && f.schoolId() == change.targetSchoolId() && f.idNumber() != null
                && records.findByNumber(em, f.idNumber()).map(r -> r.studentId() == change.studentId()).orElse(false);
    }

    private static Long pendingChange(EntityManager em, long studentId) {
        List<Long> ids = em.createQuery("select c.id from TransferChange c where c.studentId = :s and c.status = 'PENDING'",
                Long.class).setParameter("s", studentId).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    static void validateInput(NewChange c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.type() == null) {
            errors.add(new FieldError("type", PlatformMessages.REQUIRED));
        }
        if (c.reason() == null || c.reason().isBlank()) {
            errors.add(new FieldError("reason", TransferMessages.REASON_REQUIRED));
        }
        text(errors, "reason", c.reason());
        text(errors, "otherSide", c.otherSide());
        text(errors, "overrideReason", c.overrideReason());
        if (c.evidence().size() > MAX_FILES) {
            errors.add(new FieldError("evidence", TransferMessages.TOO_MANY_FILES, MAX_FILES));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > TEXT_MAX) {
            errors.add(new FieldError(field, TransferMessages.TEXT_TOO_LONG, TEXT_MAX));
        }
    }

    /** Every file judged by its content before anything is written (a renamed executable is refused). */
    static List<EvidenceKind> judge(List<EvidenceUpload> uploads) {
        List<EvidenceKind> kinds = new ArrayList<>();
        for (EvidenceUpload u : uploads) {
            kinds.add(EvidenceRules.DOCUMENTS.judge("evidence", u.content()));
        }
        return kinds;
    }

    private ChangeEntity newChange(Actor actor, NewChange c, RecordPlacement rec) {
        ChangeEntity e = new ChangeEntity();
        e.type = c.type().id();
        e.status = ChangeStatus.PENDING.name();
        e.studentId = rec.studentId();
        e.fromSchoolId = rec.schoolId();
        e.fromClassId = rec.classId();
        e.toSchoolId = c.type() == ChangeType.TRANSFER ? c.targetSchoolId() : rec.schoolId();
        e.toClassId = c.type().placesInClass() ? c.targetClassId() : null;
        e.targetGrade = c.targetGrade();
        e.effectiveDate = c.effectiveDate();
        e.reason = c.reason().strip();
        e.plannedReturn = c.plannedReturn();
        e.otherSide = c.otherSide() == null ? null : c.otherSide().strip();
        e.conditionsMet = c.type() != ChangeType.TRANSFER || c.conditionsMet() && c.evidence().stream()
                .anyMatch(u -> u.category() == EvidenceCategory.ADMISSION_CONDITIONS);
        e.overrideReason = c.overrideReason() == null || c.overrideReason().isBlank() ? null : c.overrideReason().strip();
        e.findingId = c.type() == ChangeType.TRANSFER ? c.findingId() : null;
        e.localCode = c.type() == ChangeType.LOCAL ? c.localCode() : null;
        if (e.localCode != null) {
            localTypes.get().find(e.localCode).ifPresent(t -> {
                e.localNameZh = t.nameZh();
                e.localNameEn = t.nameEn();
                e.localDistrictStep = t.districtStep();
            });
        }
        if (c.correction() != null) {
            e.correctionName = c.correction().name();
            e.correctionSex = c.correction().sex() == null ? null : c.correction().sex().code();
            e.correctionBirthDate = c.correction().birthDate();
            e.correctionIdType = c.correction().idType() == null ? null : c.correction().idType().code();
            e.correctionIdNumber = c.correction().idNumber();
            e.correctionEthnicity = c.correction().ethnicityCode();
        }
        e.submittedBy = actor.username();
        e.submittedAt = support.now();
        return e;
    }

    void storeEvidence(EntityManager em, Actor actor, long changeId, List<EvidenceUpload> uploads,
                               List<EvidenceKind> kinds) {
        for (int i = 0; i < uploads.size(); i++) {
            EvidenceUpload u = uploads.get(i);
            EvidenceEntity ev = new EvidenceEntity();
            ev.changeId = changeId;
            ev.category = u.category().name();
            ev.kind = kinds.get(i).name();
            String name = u.fileName() == null ? null : u.fileName().strip();
            ev.fileName = name == null || name.isEmpty() ? null : name.substring(0, Math.min(200, name.length()));
            ev.bytes = u.content().length;
            ev.content = u.content();
            ev.uploadedBy = actor.username();
            ev.uploadedAt = support.now();
            em.persist(ev);
        }
    }

    /** The workflow request in this transaction; deadlines from the working-day calendar (R17, never guessed). */
    WorkflowRequest startWorkflow(EntityManager em, Actor actor, ChangeEntity e) {
        Map<String, Long> stepSchools = new HashMap<>();
        if (ChangeType.TRANSFER.id().equals(e.type) || ChangeType.TRANSFER_IN.id().equals(e.type)) {
            stepSchools.put(TransferSteps.RECEIVING_PRINCIPAL, e.toSchoolId);
        }
        if (ChangeType.TRANSFER.id().equals(e.type)) {
            stepSchools.put(TransferSteps.SENDING_SCHOOL, e.fromSchoolId);
        }
        long school = e.toSchoolId != null ? e.toSchoolId : e.fromSchoolId;
        // the inbox subject: type, change and record ids only (no personal data)
        String subject = WorkflowSubject.of(ChangeType.ofId(e.type), e.id, e.studentId);
        // a local type's request type is local-<code> (registered from the configuration by TransferWorkflows)
        String requestType = e.localCode != null ? org.xueji.transfer.api.LocalChangeType.REQUEST_PREFIX + e.localCode
                : e.type;
        return submission.submit(em, actor, new NewWorkflowRequest(requestType, String.valueOf(e.id), subject, school,
                stepSchools));
    }
}
