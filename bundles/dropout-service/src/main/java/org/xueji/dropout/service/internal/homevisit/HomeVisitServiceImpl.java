package org.xueji.dropout.service.internal.homevisit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.homevisit.HomeVisit;
import org.xueji.dropout.api.homevisit.HomeVisitMessages;
import org.xueji.dropout.api.homevisit.HomeVisitService;
import org.xueji.dropout.api.homevisit.NewHomeVisit;
import org.xueji.dropout.api.homevisit.PriorityGroup;
import org.xueji.dropout.api.homevisit.VisitDue;
import org.xueji.dropout.api.homevisit.ContactKind;
import org.xueji.dropout.service.internal.EntryRules;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.priority.PriorityRoster;

/**
 * Home visits (家访, R28): permission and scope first (the registry answers the student only in
 * the actor's scope, and we check it again), then validation, then the row and its audit row
 * (ids only, never what was said) in one transaction.
 */
@Component(service = HomeVisitService.class, configurationPid = HomeVisitConfig.PID)
public class HomeVisitServiceImpl implements HomeVisitService {

    private static final Logger LOG = LoggerFactory.getLogger(HomeVisitServiceImpl.class);
    static final String TARGET = "student";

    private final ModuleSupport support;
    private final Transactions tx;
    private final StudentService students;
    private final PriorityRoster roster;
    private final DueList dueList;
    private volatile HomeVisitConfig config;

    @Activate
    public HomeVisitServiceImpl(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                                @Reference AuditTrail audit, @Reference AuditService auditService,
                                @Reference PlatformClock clock, @Reference StudentService students,
                                @Reference PriorityRoster roster, Map<String, Object> properties) {
        this(new ModuleSupport(emf, audit, auditService, clock), students, roster,
                HomeVisitConfig.from(properties, LOG::warn));
    }

    HomeVisitServiceImpl(ModuleSupport support, StudentService students, PriorityRoster roster,
                         HomeVisitConfig config) {
        this.support = support;
        this.tx = support.transactions();
        this.students = students;
        this.roster = roster;
        this.dueList = new DueList(tx, students);
        this.config = config;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        config = HomeVisitConfig.from(properties, LOG::warn);
    }

    /** For tests: the frequencies changed as by the configuration admin. */
    void configure(HomeVisitConfig newConfig) {
        config = newConfig;
    }

    @Override
    public HomeVisit record(Actor actor, NewHomeVisit v) {
        return support.guard(actor, "dropout.homevisit.add", TARGET, v == null ? null : v.studentId(), () -> {
            actor.require(Permission.RECORD_DROPOUT);
            HomeVisitScope.requireStaff(actor);
            if (v == null) {
                throw new ValidationException(List.of(new FieldError("kind", HomeVisitMessages.KIND_REQUIRED)));
            }
            Student s = inScope(actor, v.studentId());
            List<FieldError> errors = new ArrayList<>();
            if (v.kind() == null) {
                errors.add(new FieldError("kind", HomeVisitMessages.KIND_REQUIRED));
            }
            String visitors = collect(errors, () -> EntryRules.required("visitors", v.visitors(), EntryRules.MAX_TEXT,
                    DropoutMessages.VISITORS_REQUIRED));
            String content = collect(errors, () -> EntryRules.text("content", v.content(), EntryRules.MAX_NOTE));
            if (content == null && errors.stream().noneMatch(e -> e.field().equals("content"))) {
                errors.add(new FieldError("content", HomeVisitMessages.CONTENT_REQUIRED));
            }
            String outcome = collect(errors, () -> EntryRules.required("outcome", v.outcome(), EntryRules.MAX_NOTE,
                    DropoutMessages.VISIT_OUTCOME_REQUIRED));
            collect(errors, () -> {
                EntryRules.checkDate("date", v.date(), support.today());
                return null;
            });
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return tx.inTransaction(em -> {
                HomeVisitEntity e = new HomeVisitEntity();
                e.studentId = v.studentId();
                e.schoolId = s.data().schoolId();
                e.classId = s.data().classId();
                e.kind = v.kind().name();
                e.visitDate = v.date();
                e.visitors = visitors;
                e.content = content;
                e.outcome = outcome;
                e.recordedBy = actor.username();
                e.recordedAt = support.now();
                em.persist(e);
                em.flush();
                support.audit(em, AuditEvent.of(actor, "dropout.homevisit.add", TARGET, e.studentId, e.schoolId)
                        .withChanges(Map.of("visit", e.id, "kind", e.kind, "date", e.visitDate.toString())));
                return toApi(e);
            });
        });
    }

    @Override
    public List<HomeVisit> visits(Actor actor, long studentId) {
        return support.guard(actor, "dropout.homevisit.view", TARGET, studentId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            HomeVisitScope.requireStaff(actor);
            inScope(actor, studentId);
            return tx.read(em -> em.createQuery("select v from DropoutHomeVisit v where v.studentId = :s "
                            + "order by v.visitDate desc, v.id desc", HomeVisitEntity.class)
                    .setParameter("s", studentId).getResultList().stream().map(HomeVisitServiceImpl::toApi).toList());
        });
    }

    @Override
    public List<VisitDue> dueList(Actor actor, Long schoolId, boolean overdueOnly) {
        return support.guard(actor, "dropout.homevisit.view", "school", schoolId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            HomeVisitScope.requireStaff(actor);
            if (schoolId != null) {
                actor.requireSchool(schoolId);
            }
            List<VisitDue> all = dueList.compute(actor, roster, schoolId, config, support.today());
            return overdueOnly ? all.stream().filter(VisitDue::overdue).toList() : all;
        });
    }

    @Override
    public void mark(Actor actor, long studentId, PriorityGroup group, boolean on) {
        support.guard(actor, on ? "dropout.priority.mark" : "dropout.priority.unmark", TARGET, studentId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            HomeVisitScope.requireStaff(actor);
            Student s = inScope(actor, studentId);
            if (group == null || !group.markedHere()) {
                throw new ValidationException(List.of(new FieldError("group", HomeVisitMessages.GROUP_FROM_REGISTRY,
                        group == null ? "" : group)));
            }
            tx.run(em -> {
                PriorityMarkEntity m = em.find(PriorityMarkEntity.class,
                        new PriorityMarkEntity.Key(studentId, group.name()));
                if (on && m == null) {
                    m = new PriorityMarkEntity();
                    m.studentId = studentId;
                    m.group = group.name();
                    m.schoolId = s.data().schoolId();
                    m.classId = s.data().classId();
                    m.markedBy = actor.username();
                    m.markedAt = support.now();
                    em.persist(m);
                } else if (!on && m != null) {
                    em.remove(m);
                } else {
                    return; // nothing changes, nothing audited
                }
                support.audit(em, AuditEvent.of(actor, on ? "dropout.priority.mark" : "dropout.priority.unmark",
                        TARGET, studentId, s.data().schoolId()).withChanges(Map.of("group", group.name())));
            });
            return null;
        });
    }

    /** The registry answers only within the actor's scope; checked again here against the record's class. */
    private Student inScope(Actor actor, long studentId) {
        Student s = students.get(actor, studentId);
        actor.requireScope(s.data().schoolId(), s.data().classId());
        return s;
    }

    private static <T> T collect(List<FieldError> errors, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    static HomeVisit toApi(HomeVisitEntity e) {
        return new HomeVisit(e.id, e.studentId, e.schoolId, e.classId, ContactKind.valueOf(e.kind), e.visitDate,
                e.visitors, e.content, e.outcome, e.recordedBy);
    }
}
