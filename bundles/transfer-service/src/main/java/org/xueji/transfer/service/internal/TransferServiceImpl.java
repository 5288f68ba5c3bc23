package org.xueji.transfer.service.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.documents.evidence.EvidenceKind;
import org.xueji.platform.documents.evidence.EvidenceRules;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowSubmission;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.registry.api.transfer.RecordPlacement;
import org.xueji.registry.api.transfer.RecordStatus;
import org.xueji.transfer.api.ChangeQuery;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.Evidence;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;
import org.xueji.transfer.api.FoundStudent;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.api.TransferService;
import org.xueji.transfer.api.TransferSteps;
import org.xueji.transfer.service.internal.entity.ChangeEntity;
import org.xueji.transfer.service.internal.entity.EvidenceEntity;
import org.xueji.ledger.api.LedgerService;

/**
 * Registry changes (学籍异动): permission and school scope first, the automatic checks, the
 * evidence judged by content, the change row and its workflow request in one transaction. The
 * decisions go through the kit's workflow; {@link ChangeHandler} applies them.
 */
@Component(service = TransferService.class, configurationPid = TransferSettings.PID)
@Designate(ocd = TransferSettings.class)
public class TransferServiceImpl implements TransferService {

    static final String TARGET = "transfer-change";
    static final int TEXT_MAX = 500;
    static final int MAX_FILES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(TransferServiceImpl.class);

    private final ModuleSupport support;
    private final Transactions tx;
    private final RecordChanges records;
    private final WorkflowSubmission submission;
    private final WorkflowService workflow;
    private final ChangeChecks checks;
    private final ChangeViews views;
    private final LedgerPosts ledger = new LedgerPosts();
    private volatile Limits limits;
    private java.util.function.LongFunction<String> schoolNames = id -> "#" + id;

    @Activate
    public TransferServiceImpl(@Reference(target = "(osgi.unit.name=xueji-transfer)") EntityManagerFactory emf,
                               @Reference AuditTrail audit, @Reference AuditService auditService,
                               @Reference PlatformClock clock, @Reference RecordChanges records,
                               @Reference WorkflowSubmission submission, @Reference WorkflowService workflow,
                               @Reference WorkingDayCalendar calendar, @Reference SchoolService schools,
                               TransferSettings settings) {
        this(new ModuleSupport(emf, audit, auditService, clock), records, submission, workflow, calendar,
                Limits.of(settings));
        // school names for the printed form (not personal data); the actor's scope on the change is checked first
        this.schoolNames = id -> {
            School school = schools.getSchool(Actor.system("transfer-form"), id);
            return school.code() + " " + school.name();
        };
    }

    TransferServiceImpl(ModuleSupport support, RecordChanges records, WorkflowSubmission submission,
                        WorkflowService workflow, WorkingDayCalendar calendar, Limits limits) {
        this.support = support;
        this.tx = support.transactions();
        this.records = records;
        this.submission = submission;
        this.workflow = workflow;
        this.checks = new ChangeChecks(records);
        this.views = new ChangeViews(workflow, calendar);
        this.limits = limits;
    }

    @Modified
    void modified(TransferSettings settings) {
        limits = Limits.of(settings);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindLedger(LedgerService service) {
        ledger.bind(service);
    }

    void unbindLedger(LedgerService service) {
        ledger.unbind(service);
    }

    LedgerPosts ledger() {
        return ledger;
    }

    @Override
    public Optional<FoundStudent> find(Actor actor, String number) {
        return support.guard(actor, "transfer.lookup", "student", null, () -> {
            actor.require(Permission.EDIT_STUDENT);
            // R1: an exact number only, audited (the record's id, never the number)
            return support.change(em -> records.findByNumber(em, number).map(r -> new FoundStudent(r.studentId(),
                            IdentityMask.registryNumber(r.registryNumber()), r.schoolId(), r.classId(), r.gradeLevel(), r.status())),
                    found -> AuditEvent.of(actor, "transfer.lookup", "student",
                            found.map(FoundStudent::studentId).orElse(null), found.map(FoundStudent::schoolId).orElse(null))
                            .withChanges(Map.of("found", found.isPresent())));
        });
    }

    @Override
    public List<FieldError> check(Actor actor, NewChange change) {
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

    @Override
    public ChangeRequest submit(Actor actor, NewChange change) {
        return support.guard(actor, "transfer.submit", "student", change.studentId(), () -> {
            actor.require(Permission.EDIT_STUDENT);
            validateInput(change);
            List<EvidenceKind> kinds = judge(change.evidence());
            ChangeEntity saved = support.change(em -> {
                RecordPlacement rec = records.record(em, change.studentId()).orElseThrow(() ->
                        new ValidationException(List.of(new FieldError("R10", TransferMessages.R10_NO_RECORD))));
                requireSubmitScope(actor, change, rec);
                List<FieldError> errors = blocking(em, actor, change, rec);
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

    @Override
    public ChangeRequest withdraw(Actor actor, long studentId, String reason, List<EvidenceUpload> evidence) {
        return support.guard(actor, "transfer.withdraw", "student", studentId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            NewChange change = new NewChange(ChangeType.WITHDRAWAL, studentId, null, null, null, support.today(),
                    reason, null, null, true, null, null, evidence);
            validateInput(change);
            List<EvidenceKind> kinds = judge(change.evidence());
            ChangeEntity saved = support.change(em -> {
                RecordPlacement rec = records.record(em, studentId).orElseThrow(() ->
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
                        rec.createdAt().plus(Duration.ofDays(limits.withdrawDays())));
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

    @Override
    public ChangeRequest decide(Actor actor, long changeId, Decision decision, String reason) {
        return support.guard(actor, "transfer.decide", TARGET, changeId, () -> {
            actor.require(Permission.APPROVE_CHANGE);
            ChangeEntity e = tx.read(em -> visible(em, actor, changeId));
            if (e.workflowId == null) {
                throw new DomainException(org.xueji.platform.api.workflow.WorkflowMessages.REQUEST_DECIDED, changeId);
            }
            // the kit checks the decider's scope, STEP_ALREADY_DECIDED, reasons; the handler applies the outcome
            workflow.decide(actor, e.workflowId, decision, reason);
            return tx.read(em -> views.view(em.find(ChangeEntity.class, changeId), actor, support.today()));
        });
    }

    @Override
    public ChangeRequest recordReply(Actor actor, long changeId, boolean agreed, String note) {
        return support.guard(actor, "transfer.reply", TARGET, changeId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            if (note != null && note.length() > TEXT_MAX) {
                throw new ValidationException(List.of(new FieldError("note", TransferMessages.TEXT_TOO_LONG, TEXT_MAX)));
            }
            ChangeEntity saved = support.change(em -> {
                ChangeEntity e = visible(em, actor, changeId);
                actor.requireSchool(e.fromSchoolId);
                if (!ChangeType.TRANSFER_OUT.id().equals(e.type)) {
                    throw new DomainException(TransferMessages.NOT_A_TRANSFER_OUT);
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

    @Override
    public ChangeRequest confirmArrival(Actor actor, long changeId) {
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

    @Override
    public ChangeRequest get(Actor actor, long changeId) {
        return support.guard(actor, "transfer.get", TARGET, changeId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return tx.read(em -> views.view(visible(em, actor, changeId), actor, support.today()));
        });
    }

    @Override
    public List<ChangeRequest> list(Actor actor, ChangeQuery query, int offset, int limit) {
        return support.guard(actor, "transfer.list", "school", query.schoolId(), () -> {
            actor.require(Permission.VIEW_STUDENT);
            if (query.schoolId() != null) {
                actor.requireSchool(query.schoolId());
            }
            Long school = query.schoolId() != null ? query.schoolId() : actor.schoolId();
            return tx.read(em -> {
                StringBuilder jpql = new StringBuilder("select c from TransferChange c where 1 = 1");
                if (school != null) {
                    jpql.append(" and (c.fromSchoolId = :school or c.toSchoolId = :school)");
                }
                if (query.pendingOnly() || query.overdueOnly()) {
                    jpql.append(" and c.status = 'PENDING'");
                }
                if (query.type() != null) {
                    jpql.append(" and c.type = :type");
                }
                TypedQuery<ChangeEntity> q = em.createQuery(jpql.append(" order by c.id desc").toString(),
                        ChangeEntity.class);
                if (school != null) {
                    q.setParameter("school", school);
                }
                if (query.type() != null) {
                    q.setParameter("type", query.type().id());
                }
                List<ChangeRequest> out = new ArrayList<>();
                if (!query.overdueOnly()) {
                    q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, Math.min(limit, 500)));
                }
                for (ChangeEntity e : q.getResultList()) {
                    ChangeRequest v = views.view(e, actor, support.today());
                    if (!query.overdueOnly() || v.overdue()) {
                        out.add(v);
                    }
                }
                return query.overdueOnly() ? out.stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList()
                        : out;
            });
        });
    }

    @Override
    public List<ChangeRequest> ofStudent(Actor actor, long studentId) {
        return support.guard(actor, "transfer.student", "student", studentId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return tx.read(em -> {
                RecordPlacement rec = records.record(em, studentId).orElseThrow(() ->
                        new NotFoundException(TransferMessages.CHANGE_NOT_FOUND, studentId));
                actor.requireScope(rec.schoolId(), rec.classId());
                return em.createQuery("select c from TransferChange c where c.studentId = :s order by c.id",
                                ChangeEntity.class).setParameter("s", studentId).getResultList().stream()
                        .map(e -> views.view(e, actor, support.today())).toList();
            });
        });
    }

    @Override
    public List<Evidence> evidenceOf(Actor actor, long changeId) {
        return support.guard(actor, "transfer.evidence-list", TARGET, changeId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return tx.read(em -> {
                visible(em, actor, changeId);
                return em.createQuery("select e.id, e.category, e.kind, e.fileName, e.bytes, e.uploadedBy, e.uploadedAt "
                                + "from TransferEvidence e where e.changeId = :c order by e.id", Object[].class)
                        .setParameter("c", changeId).getResultList().stream()
                        .map(r -> new Evidence((Long) r[0], changeId, EvidenceCategory.valueOf((String) r[1]),
                                (String) r[2], (String) r[3], (Integer) r[4], (String) r[5], (java.time.Instant) r[6]))
                        .toList();
            });
        });
    }

    @Override
    public byte[] evidence(Actor actor, long evidenceId) {
        return support.guard(actor, "transfer.evidence", "transfer-evidence", evidenceId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return support.change(em -> {
                EvidenceEntity ev = em.find(EvidenceEntity.class, evidenceId);
                if (ev == null) {
                    throw new NotFoundException(TransferMessages.EVIDENCE_NOT_FOUND, evidenceId);
                }
                visible(em, actor, ev.changeId);
                return ev.content;
            }, bytes -> AuditEvent.of(actor, "transfer.evidence", "transfer-evidence", evidenceId, null));
        });
    }

    @Override
    public byte[] contactForm(Actor actor, long changeId) {
        return support.guard(actor, "transfer.form", TARGET, changeId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            ContactForm.Facts facts = support.change(em -> {
                ChangeEntity e = visible(em, actor, changeId);
                RecordPlacement rec = records.record(em, e.studentId).orElseThrow(() ->
                        new NotFoundException(TransferMessages.CHANGE_NOT_FOUND, changeId));
                String toClass = e.toClassId == null ? "-" : records.classPlacement(em, e.toClassId)
                        .map(c -> org.xueji.registry.api.Grades.className(c.gradeLevel(), c.classNumber())).orElse("-");
                WorkflowRequest request = e.workflowId == null ? null
                        : workflow.request(Actor.system("transfer-form"), e.workflowId);
                return new ContactForm.Facts(e.id, ChangeType.ofId(e.type), IdentityMask.registryNumber(rec.registryNumber()),
                        schoolNames.apply(e.fromSchoolId), e.toSchoolId == null ? "-" : schoolNames.apply(e.toSchoolId),
                        toClass, e.targetGrade, e.effectiveDate, e.reason, request);
            }, f -> AuditEvent.of(actor, "transfer.form", TARGET, changeId, null));
            return ContactForm.render(facts);
        });
    }

    @Override
    public org.xueji.transfer.api.TransferStatistics statistics(Actor actor, int year) {
        return support.guard(actor, "transfer.statistics", "school", actor.schoolId(), () -> {
            actor.require(Permission.VIEW_STUDENT);
            if (year < 2000 || year > 2100) {
                throw new ValidationException(List.of(new FieldError("year", PlatformMessages.REQUIRED)));
            }
            Long school = actor.schoolId();
            return tx.read(em -> {
                java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
                StringBuilder jpql = new StringBuilder("select c from TransferChange c where c.decidedAt >= :from "
                        + "and c.decidedAt < :to and c.status in ('APPROVED', 'REJECTED')");
                if (school != null) {
                    jpql.append(" and (c.fromSchoolId = :school or c.toSchoolId = :school)");
                }
                TypedQuery<ChangeEntity> q = em.createQuery(jpql.toString(), ChangeEntity.class)
                        .setParameter("from", java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant())
                        .setParameter("to", java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
                if (school != null) {
                    q.setParameter("school", school);
                }
                StringBuilder pendingJpql = new StringBuilder("select c from TransferChange c where c.status = 'PENDING'");
                if (school != null) {
                    pendingJpql.append(" and (c.fromSchoolId = :school or c.toSchoolId = :school)");
                }
                TypedQuery<ChangeEntity> pq = em.createQuery(pendingJpql.toString(), ChangeEntity.class);
                if (school != null) {
                    pq.setParameter("school", school);
                }
                int overdue = (int) pq.getResultList().stream()
                        .filter(e -> views.view(e, actor, support.today()).overdue()).count();
                return Statistics.of(year, q.getResultList(), school, overdue);
            });
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
        if (change.overrideReason() != null && !change.overrideReason().isBlank()) {
            if (!actor.isDistrictWide()) {
                errors.add(new FieldError("overrideReason", TransferMessages.OVERRIDE_DISTRICT_ONLY));
            } else {
                errors.removeIf(e -> ChangeChecks.OVERRIDABLE.contains(e.field()));
            }
        }
        return errors;
    }

    private static Long pendingChange(EntityManager em, long studentId) {
        List<Long> ids = em.createQuery("select c.id from TransferChange c where c.studentId = :s and c.status = 'PENDING'",
                Long.class).setParameter("s", studentId).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static void validateInput(NewChange c) {
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
    private static List<EvidenceKind> judge(List<EvidenceUpload> uploads) {
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

    private void storeEvidence(EntityManager em, Actor actor, long changeId, List<EvidenceUpload> uploads,
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
    private WorkflowRequest startWorkflow(EntityManager em, Actor actor, ChangeEntity e) {
        Map<String, Long> stepSchools = new HashMap<>();
        if (ChangeType.TRANSFER.id().equals(e.type)) {
            stepSchools.put(TransferSteps.RECEIVING_PRINCIPAL, e.toSchoolId);
            stepSchools.put(TransferSteps.SENDING_SCHOOL, e.fromSchoolId);
        }
        long school = e.toSchoolId != null ? e.toSchoolId : e.fromSchoolId;
        // the inbox subject: type, change and record ids only (no personal data)
        String subject = e.type + " #" + e.id + " (student " + e.studentId + ")";
        return submission.submit(em, actor, new NewWorkflowRequest(e.type, String.valueOf(e.id), subject, school,
                stepSchools));
    }

    /** The change if the actor's school sent or receives it (district: all); else refused. */
    private static ChangeEntity visible(EntityManager em, Actor actor, long changeId) {
        ChangeEntity e = em.find(ChangeEntity.class, changeId);
        if (e == null) {
            throw new NotFoundException(TransferMessages.CHANGE_NOT_FOUND, changeId);
        }
        if (!actor.isDistrictWide() && !actor.schoolId().equals(e.fromSchoolId)
                && !actor.schoolId().equals(e.toSchoolId)) {
            throw new AccessDeniedException(PlatformMessages.OTHER_SCHOOL);
        }
        return e;
    }

    private static Map<String, Object> auditFields(ChangeEntity e) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", e.type);
        m.put("studentId", e.studentId);
        m.put("fromSchoolId", e.fromSchoolId);
        if (e.toSchoolId != null) {
            m.put("toSchoolId", e.toSchoolId);
        }
        m.put("status", e.status);
        if (e.overrideReason != null) {
            m.put("override", true);
        }
        return m;
    }
}
