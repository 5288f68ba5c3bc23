package org.xueji.dropout.service.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.Closing;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.DropoutService;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.Evidence;
import org.xueji.dropout.api.LedgerCounts;
import org.xueji.dropout.api.NewEntry;
import org.xueji.dropout.api.NewVisit;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.ResponsibleLine;
import org.xueji.dropout.api.Visit;
import org.xueji.dropout.service.internal.entity.EntryEntity;
import org.xueji.dropout.service.internal.entity.EvidenceEntity;
import org.xueji.dropout.service.internal.entity.ResponsibleEntity;
import org.xueji.dropout.service.internal.entity.VisitEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowSubject;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.documents.evidence.EvidenceKind;
import org.xueji.platform.documents.evidence.EvidenceRules;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowSubmission;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.StudentService;

/**
 * The ledgers (R22, R23): permission and scope first, then validation, then the write with its
 * audit row in one transaction; refusals are audited through {@link ModuleSupport#guard}.
 */
@Component(service = DropoutService.class, configurationPid = DropoutConfig.PID)
public class DropoutServiceImpl implements DropoutService {

    private static final Logger LOG = LoggerFactory.getLogger(DropoutServiceImpl.class);
    static final String TARGET = Entries.TARGET;

    private final ModuleSupport support;
    private final Transactions tx;
    private final PlatformClock clock;
    private final Entries entries;
    private final SchoolService schools;
    private final AccountAreas areas;
    private final People people;
    private final WorkflowSubmission workflow;
    private final AttendanceImport attendance;
    private volatile DropoutConfig config;
    /** The special-needs module's referral service, when installed (issue 11 item 6): never required. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    volatile org.xueji.registry.api.followup.HomeTeachingReferrals referrals;

    @Activate
    public DropoutServiceImpl(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                              @Reference AuditTrail audit, @Reference AuditService auditService,
                              @Reference PlatformClock clock, @Reference StudentService students,
                              @Reference SchoolService schools, @Reference AccountAreas areas,
                              @Reference AccountService accounts, @Reference WorkflowSubmission workflow,
                              Map<String, Object> properties) {
        this(new ModuleSupport(emf, audit, auditService, clock), students, schools, areas,
                username -> lookUp(accounts, username), workflow, DropoutConfig.from(properties, LOG::warn));
    }

    DropoutServiceImpl(ModuleSupport support, StudentService students, SchoolService schools, AccountAreas areas,
                       People people, WorkflowSubmission workflow, DropoutConfig config) {
        this.support = support;
        this.tx = support.transactions();
        this.clock = support.clock();
        this.entries = new Entries(support, students);
        this.schools = schools;
        this.areas = areas;
        this.people = people;
        this.workflow = workflow;
        this.attendance = new AttendanceImport(support, entries, schools, students);
        this.config = config;
    }

    static java.util.Optional<Actor> lookUp(AccountService accounts, String username) {
        try {
            return java.util.Optional.ofNullable(accounts.actorFor(username, "dropout"));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    @Modified
    void modified(Map<String, Object> properties) {
        config = DropoutConfig.from(properties, LOG::warn);
    }

    @Override
    public Entry report(Actor actor, NewEntry n) {
        return support.guard(actor, "dropout.entry.open", TARGET, null, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            if (n == null) {
                throw new ValidationException(List.of(new FieldError("child", DropoutMessages.CHILD_REQUIRED)));
            }
            if (n.reason() == null) {
                throw new ValidationException(List.of(new FieldError("reason", DropoutMessages.REASON_REQUIRED)));
            }
            if (n.source() == null) {
                throw new ValidationException(List.of(new FieldError("source", DropoutMessages.SOURCE_REQUIRED)));
            }
            EntryRules.checkDate("foundOn", n.foundOn(), clock.today());
            String household = EntryRules.text("household", n.household(), EntryRules.MAX_TEXT);
            String town = EntryRules.text("town", n.town(), 60);
            String village = EntryRules.text("village", n.village(), 60);
            String note = EntryRules.text("note", n.note(), EntryRules.MAX_NOTE);
            Entries.Child child = entries.resolve(actor, n.child(), config, n.foundOn());
            Long schoolId = child.studentId() != null ? child.schoolId() : n.schoolId();
            if (child.studentId() == null && town == null) {
                throw new ValidationException(List.of(new FieldError("town", DropoutMessages.TOWN_REQUIRED)));
            }
            if (schoolId == null && scope.kind() != Scope.Kind.DISTRICT && scope.kind() != Scope.Kind.AREA) {
                schoolId = actor.schoolId();
            }
            // the reporter must see what they report: a school its school, an official their area
            scope.require(schoolId, child.classId(), town, village, false);
            Long school = schoolId;
            return tx.inTransaction(em -> {
                Entries.Opened o = entries.openOrAttach(em, actor, child, school, new Entries.Finding(household, town,
                        village, n.reason(), n.source(), "report:" + UUID.randomUUID(), n.foundOn(), note));
                return Entries.toApi(em, List.of(o.entry())).get(0);
            });
        });
    }

    @Override
    public Entry get(Actor actor, long entryId) {
        return support.guard(actor, "dropout.entry.view", TARGET, entryId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            return tx.read(em -> {
                EntryEntity e = entries.find(em, entryId, false);
                Entries.requireSeen(em, scope, e);
                return Entries.toApi(em, List.of(e)).get(0);
            });
        });
    }

    @Override
    public List<Entry> list(Actor actor, EntryQuery query, int offset, int limit) {
        return support.guard(actor, "dropout.view", "school", query == null ? null : query.schoolId(), () -> {
            actor.require(Permission.VIEW_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            EntryQuery q = query == null ? EntryQuery.open() : query;
            return tx.read(em -> Entries.toApi(em, EntryQueries.page(em, scope, q, offset, limit)));
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public LedgerCounts counts(Actor actor) {
        return support.guard(actor, "dropout.view", "school", actor.schoolId(), () -> {
            actor.require(Permission.VIEW_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            return tx.read(em -> {
                Object[] c = EntryQueries.counts(em, scope, clock.today());
                long age = SurveyQueries.ageChildren(em, scope);
                return new LedgerCounts((Map<EntryStatus, Long>) c[0], (Map<Long, Long>) c[1],
                        (Map<String, Long>) c[2], (Map<String, Long>) c[3], age);
            });
        });
    }

    @Override
    public Entry confirm(Actor actor, long entryId, ReasonCategory reason, String note) {
        return support.guard(actor, "dropout.entry.confirm", TARGET, entryId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            String cleaned = EntryRules.text("note", note, EntryRules.MAX_NOTE);
            return tx.inTransaction(em -> {
                EntryEntity e = entries.find(em, entryId, true);
                Entries.requireSeen(em, scope, e);
                if (!EntryStatus.SUSPECTED.name().equals(e.status)) {
                    throw new DomainException(DropoutMessages.NOT_SUSPECTED);
                }
                e.status = EntryStatus.DROPOUT.name();
                e.confirmedBy = actor.username();
                e.confirmedOn = clock.today();
                if (reason != null) {
                    e.reason = reason.name();
                }
                if (cleaned != null) {
                    e.note = cleaned;
                }
                em.flush();
                support.audit(em, AuditEvent.of(actor, "dropout.entry.confirm", TARGET, e.id, e.schoolId)
                        .withChanges(Map.of("status", List.of(EntryStatus.SUSPECTED.name(), e.status),
                                "reason", e.reason)));
                return Entries.toApi(em, List.of(e)).get(0);
            });
        });
    }

    @Override
    public Entry assign(Actor actor, long entryId, ResponsibleLine line, String username) {
        return support.guard(actor, "dropout.responsible.assign", TARGET, entryId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            if (line == null) {
                throw new ValidationException(List.of(new FieldError("line", DropoutMessages.LINE_REQUIRED)));
            }
            String name = EntryRules.required("username", username, 100, DropoutMessages.PERSON_UNKNOWN);
            return tx.inTransaction(em -> {
                EntryEntity e = entries.find(em, entryId, true);
                Entries.requireSeen(em, scope, e);
                // scope first: nobody learns whether an account exists from an entry they may not see
                Actor person = people.actorOf(name).orElseThrow(() -> new ValidationException(List.of(
                        new FieldError("username", DropoutMessages.PERSON_UNKNOWN, name))));
                if (EntryStatus.CLOSED.name().equals(e.status)) {
                    throw new DomainException(DropoutMessages.ENTRY_CLOSED);
                }
                checkPerson(e, line, person);
                List<ResponsibleEntity> current = em.createQuery(
                                "select r from DropoutResponsible r where r.entryId = :e and r.line = :l",
                                ResponsibleEntity.class)
                        .setParameter("e", e.id).setParameter("l", line.name()).getResultList();
                ResponsibleEntity r = current.isEmpty() ? new ResponsibleEntity() : current.get(0);
                String before = r.username;
                r.entryId = e.id;
                r.line = line.name();
                r.username = person.username();
                r.displayName = person.displayName();
                r.assignedBy = actor.username();
                r.assignedAt = clock.now();
                if (current.isEmpty()) {
                    em.persist(r);
                }
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("line", line.name());
                details.put("account", before == null ? List.of("", r.username) : List.of(before, r.username));
                support.audit(em, AuditEvent.of(actor, "dropout.responsible.assign", TARGET, e.id, e.schoolId)
                        .withChanges(details));
                return Entries.toApi(em, List.of(e)).get(0);
            });
        });
    }

    /** R22: the government line covers the household's place; the education line belongs to the child's school. */
    private void checkPerson(EntryEntity e, ResponsibleLine line, Actor person) {
        Role role = person.role();
        String account = person.username();
        if (line == ResponsibleLine.GOVERNMENT) {
            if (role != Role.VILLAGE_OFFICIAL) {
                throw wrongRole(account, line);
            }
            if (e.town == null) {
                throw new ValidationException(List.of(new FieldError("username", DropoutMessages.HOUSEHOLD_PLACE_MISSING)));
            }
            if (!areas.areasOf(person).covers(e.town, e.village)) {
                throw new ValidationException(List.of(new FieldError("username", DropoutMessages.PERSON_OUTSIDE_AREA,
                        account, e.town, e.village == null ? "" : e.village)));
            }
            return;
        }
        Set<Role> allowed = switch (line) {
            case SCHOOL_LEADER -> Set.of(Role.PRINCIPAL, Role.SCHOOL_LEADER);
            case TEACHER -> Set.of(Role.TEACHER, Role.HEAD_TEACHER);
            case HEAD_TEACHER -> Set.of(Role.HEAD_TEACHER);
            default -> Set.of();
        };
        if (role == null || !allowed.contains(role)) {
            throw wrongRole(account, line);
        }
        if (e.schoolId == null || !e.schoolId.equals(person.schoolId())) {
            throw new ValidationException(List.of(new FieldError("username", DropoutMessages.PERSON_OTHER_SCHOOL, account)));
        }
        if (line == ResponsibleLine.HEAD_TEACHER && e.classId != null && !person.classIds().contains(e.classId)) {
            throw wrongRole(account, line);
        }
    }

    private static ValidationException wrongRole(String account, ResponsibleLine line) {
        return new ValidationException(List.of(new FieldError("username", DropoutMessages.PERSON_WRONG_ROLE, account, line)));
    }

    @Override
    public Visit recordVisit(Actor actor, long entryId, NewVisit v) {
        return support.guard(actor, "dropout.visit.add", TARGET, entryId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            if (v == null) {
                throw new ValidationException(List.of(new FieldError("visitedOn", DropoutMessages.DATE_REQUIRED)));
            }
            EntryRules.checkVisit(v, clock.today());
            // a photo or a signed note (PDF or photographed): judged by content, never by name
            EvidenceKind kind = v.evidence() == null ? null : EvidenceRules.DOCUMENTS.judge("evidence", v.evidence());
            return tx.inTransaction(em -> {
                EntryEntity e = entries.find(em, entryId, true);
                Entries.requireSeen(em, scope, e);
                if (EntryStatus.CLOSED.name().equals(e.status)) {
                    throw new DomainException(DropoutMessages.ENTRY_CLOSED);
                }
                VisitEntity ve = new VisitEntity();
                ve.entryId = e.id;
                ve.visitedOn = v.visitedOn();
                ve.visitors = v.visitors().strip();
                ve.met = v.met().strip();
                ve.outcome = v.outcome().strip();
                ve.nextStep = EntryRules.text("nextStep", v.nextStep(), EntryRules.MAX_NOTE);
                ve.recordedAt = clock.now();
                ve.recordedBy = actor.username();
                if (kind != null) {
                    String n = EntryRules.text("evidenceName", v.evidenceName(), EntryRules.MAX_TEXT);
                    ve.evidenceName = n == null ? "evidence" : n;
                    ve.evidenceType = kind.mediaType();
                    ve.evidenceBytes = v.evidence().length;
                }
                em.persist(ve);
                em.flush();
                if (kind != null) {
                    EvidenceEntity doc = new EvidenceEntity();
                    doc.visitId = ve.id;
                    doc.content = v.evidence().clone();
                    em.persist(doc);
                }
                if (e.lastVisitOn == null || ve.visitedOn.isAfter(e.lastVisitOn)) {
                    e.lastVisitOn = ve.visitedOn;
                }
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("visit", ve.id);
                details.put("visitedOn", ve.visitedOn);
                details.put("evidenceBytes", ve.evidenceBytes);
                support.audit(em, AuditEvent.of(actor, "dropout.visit.add", TARGET, e.id, e.schoolId).withChanges(details));
                return visit(ve);
            });
        });
    }

    @Override
    public List<Visit> visits(Actor actor, long entryId) {
        return support.guard(actor, "dropout.entry.view", TARGET, entryId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            return tx.read(em -> {
                EntryEntity e = entries.find(em, entryId, false);
                Entries.requireSeen(em, scope, e);
                return em.createQuery("select v from DropoutVisit v where v.entryId = :e order by v.visitedOn desc, v.id desc",
                        VisitEntity.class).setParameter("e", entryId).getResultList().stream()
                        .map(DropoutServiceImpl::visit).toList();
            });
        });
    }

    @Override
    public Evidence evidence(Actor actor, long visitId) {
        return support.guard(actor, "dropout.evidence.view", "dropout-visit", visitId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            return tx.inTransaction(em -> {
                VisitEntity v = em.find(VisitEntity.class, visitId);
                EvidenceEntity doc = v == null ? null : em.find(EvidenceEntity.class, visitId);
                if (doc == null) {
                    throw new NotFoundException(DropoutMessages.EVIDENCE_NOT_FOUND, String.valueOf(visitId));
                }
                EntryEntity e = entries.find(em, v.entryId, false);
                Entries.requireSeen(em, scope, e);
                support.audit(em, AuditEvent.of(actor, "dropout.evidence.view", TARGET, e.id, e.schoolId)
                        .withChanges(Map.of("visit", v.id)));
                return new Evidence(v.evidenceName, v.evidenceType, doc.content.clone());
            });
        });
    }

    @Override
    public Entry requestClose(Actor actor, long entryId, Closing closing) {
        return support.guard(actor, "dropout.entry.close-request", TARGET, entryId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            EntryRules.checkClosing(closing);
            return tx.inTransaction(em -> {
                EntryEntity e = entries.find(em, entryId, true);
                Entries.requireSeen(em, scope, e);
                if (EntryStatus.CLOSED.name().equals(e.status)) {
                    throw new DomainException(DropoutMessages.ENTRY_CLOSED);
                }
                if (EntryStatus.CLOSING.name().equals(e.status)) {
                    throw new DomainException(DropoutMessages.ENTRY_CLOSING);
                }
                if (closing.outcome() == org.xueji.dropout.api.ClosingOutcome.BACK_AT_SCHOOL) {
                    checkClass(closing.classId());
                }
                String before = e.status;
                e.status = EntryStatus.CLOSING.name();
                e.outcome = closing.outcome().name();
                e.outcomeClassId = closing.classId();
                e.outcomePlace = switch (closing.outcome()) {
                    case TRANSFERRED -> closing.receivingSchool().strip();
                    case MOVED_AWAY -> closing.newPlace().strip();
                    default -> null;
                };
                e.outcomeNote = EntryRules.text("note", closing.note(), EntryRules.MAX_NOTE);
                em.flush();
                WorkflowRequest request = workflow.submit(em, actor, new NewWorkflowRequest(CloseWorkflow.TYPE,
                        String.valueOf(e.id), WorkflowSubject.of(e.id, closing.outcome()), e.schoolId));
                e.closeRequest = request.id();
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("status", List.of(before, e.status));
                details.put("outcome", e.outcome);
                details.put("workflowRequest", request.id());
                support.audit(em, AuditEvent.of(actor, "dropout.entry.close-request", TARGET, e.id, e.schoolId)
                        .withChanges(details));
                return Entries.toApi(em, List.of(e)).get(0);
            });
        });
    }

    @Override
    public org.xueji.dropout.api.AttendanceResult importAttendance(Actor actor, long classId,
                                                                   java.time.YearMonth month, String fileName,
                                                                   java.io.InputStream content) {
        return support.guard(actor, "dropout.attendance.import", "school-class", classId,
                () -> attendance.run(actor, classId, month, fileName, content, config.absenceDays()));
    }

    private void checkClass(long classId) {
        try {
            SchoolClass c = schools.getClass(Entries.LOOKUP, classId);
            if (c == null) {
                throw new NotFoundException(DropoutMessages.CLASS_UNKNOWN, String.valueOf(classId));
            }
        } catch (NotFoundException ex) {
            throw new ValidationException(List.of(new FieldError("classId", DropoutMessages.CLASS_UNKNOWN,
                    String.valueOf(classId))));
        }
    }

    static Visit visit(VisitEntity v) {
        return new Visit(v.id, v.entryId, v.visitedOn, v.visitors, v.met, v.outcome, v.nextStep, v.evidenceName,
                v.evidenceType, v.evidenceBytes, v.recordedBy, v.recordedAt);
    }

    @Override
    public long referToHomeTeaching(Actor actor, long entryId) {
        return support.guard(actor, "dropout.entry.referral", TARGET, entryId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            org.xueji.registry.api.followup.HomeTeachingReferrals target = referrals;
            EntryEntity e = tx.read(em -> {
                EntryEntity found = entries.find(em, entryId, false);
                Entries.requireSeen(em, scope, found);
                return found;
            });
            if (EntryStatus.CLOSED.name().equals(e.status)) {
                throw new DomainException(DropoutMessages.ENTRY_CLOSED);
            }
            if (target == null) {
                throw new DomainException(DropoutMessages.HOME_TEACHING_UNAVAILABLE);
            }
            // the special-needs module registers (or finds) the child under the referring actor's own
            // permission and scope; its answer comes back through PlacementCloser
            long childId = target.refer(actor, new org.xueji.registry.api.followup.HomeTeachingReferral(e.studentId,
                    e.idNumber, e.name, e.town, e.village, e.schoolId, PlacementCloser.SOURCE_PREFIX + e.id));
            tx.run(em -> support.audit(em, AuditEvent.of(actor, "dropout.entry.referral", TARGET, e.id, e.schoolId)
                    .withChanges(Map.of("specialNeedsChild", childId))));
            return childId;
        });
    }
}
