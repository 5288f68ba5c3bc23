package org.xueji.specialneeds.service.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowSubject;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowSubmission;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.specialneeds.RegistryPlacements;
import org.xueji.specialneeds.api.Assessment;
import org.xueji.specialneeds.api.AssessmentData;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.ChildQuery;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.ComplianceRule;
import org.xueji.specialneeds.api.ComplianceStatus;
import org.xueji.specialneeds.api.ComplianceSummary;
import org.xueji.specialneeds.api.DecisionStatus;
import org.xueji.specialneeds.api.Evidence;
import org.xueji.specialneeds.api.Plan;
import org.xueji.specialneeds.api.PlanData;
import org.xueji.specialneeds.api.RemovalReason;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.specialneeds.api.Visit;
import org.xueji.specialneeds.api.VisitData;
import org.xueji.specialneeds.service.internal.entity.AssessmentEntity;
import org.xueji.specialneeds.service.internal.entity.ChildEntity;
import org.xueji.specialneeds.service.internal.entity.PlanEntity;

/**
 * Special-needs education and home teaching (R25–R27): the register and its scope,
 * assessments proposing a placement (workflow {@link PlacementWorkflow}) and plans (workflow
 * {@link PlanWorkflow}); visits are logged by {@link VisitLog}, the R26 standing computed by
 * {@link Standing}. Permission and scope before any read or write; every change audited in its
 * transaction, every refusal through {@link ModuleSupport#guard}. No personal value in an audit row.
 */
@Component(service = {SpecialNeedsService.class, SpecialNeedsServiceImpl.class}, configurationPid = SpecialNeedsConfig.PID)
public class SpecialNeedsServiceImpl implements SpecialNeedsService {

    static final String CHILD = "special-needs-child";
    private static final Logger LOG = LoggerFactory.getLogger(SpecialNeedsServiceImpl.class);

    private final ModuleSupport support;
    private final Transactions tx;
    private final PlatformClock clock;
    private final WorkflowSubmission submission;
    private final RegistryPlacements registry;
    private final SchoolYearService schoolYears;
    private final VisitLog visitLog;
    private final Standing standing;
    private final RegisterEdits edits;
    private volatile AccountAreas areas;
    private volatile SpecialNeedsConfig config;

    @Activate
    public SpecialNeedsServiceImpl(@Reference(target = SpecialNeedsSchema.UNIT_FILTER) EntityManagerFactory emf,
                                   @Reference AuditTrail audit, @Reference AuditService auditService,
                                   @Reference PlatformClock clock, @Reference WorkflowSubmission submission,
                                   @Reference RegistryPlacements registry, @Reference SchoolYearService schoolYears,
                                   Map<String, Object> properties) {
        this(new ModuleSupport(emf, audit, auditService, clock), submission, registry, schoolYears,
                SpecialNeedsConfig.from(properties, LOG::warn));
    }

    SpecialNeedsServiceImpl(ModuleSupport support, WorkflowSubmission submission, RegistryPlacements registry,
                            SchoolYearService schoolYears, SpecialNeedsConfig config) {
        this.support = support;
        this.tx = support.transactions();
        this.clock = support.clock();
        this.submission = submission;
        this.registry = registry;
        this.schoolYears = schoolYears;
        this.config = config;
        this.visitLog = new VisitLog(support, () -> this.config);
        this.standing = new Standing(support, schoolYears, () -> this.config);
        this.edits = new RegisterEdits(this, support, registry);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        config = SpecialNeedsConfig.from(properties, LOG::warn);
    }

    void configure(SpecialNeedsConfig c) {
        config = c;
    }

    /** 乡镇/村干部's towns and villages (R25); optional so that the module starts before the platform provides it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAccountAreas(AccountAreas a) {
        areas = a;
    }

    void unsetAccountAreas(AccountAreas a) {
        if (areas == a) {
            areas = null;
        }
    }

    ChildScope scope(Actor actor) {
        return ChildScope.of(actor, areas);
    }

    @Override
    public Child register(Actor actor, ChildData d) {
        return support.guard(actor, "specialneeds.child.register", "school", d.schoolId(), () -> {
            actor.require(Permission.RECORD_SPECIAL_NEEDS);
            ChildScope scope = scope(actor);
            if (d.schoolId() != null) {
                scope.requireSchool(d.schoolId());
            }
            Inputs.checkChild(d, clock.today());
            return tx.inTransaction(em -> {
                if (d.studentId() != null) {
                    // the record must exist; its school is the registry's business, ours is the service area's
                    registry.schoolOf(em, d.studentId());
                }
                ChildEntity c = new ChildEntity();
                fill(c, d);
                c.createdAt = clock.now();
                c.createdBy = actor.username();
                scope.require(c);
                OneEntryPerChild.refuseSecond(em, c);
                em.persist(c);
                OneEntryPerChild.flush(em);
                support.audit(em, AuditEvent.of(actor, "specialneeds.child.register", CHILD, c.id, c.schoolId)
                        .withChanges(details(c)));
                return Rows.child(c);
            });
        });
    }

    /** Registers a referred child or returns the one already registered (same record or ID number). */
    long refer(Actor actor, ChildData d, String source) {
        return support.guard(actor, "specialneeds.child.refer", "school", d.schoolId(), () -> {
            actor.require(Permission.RECORD_SPECIAL_NEEDS);
            ChildScope scope = scope(actor);
            if (d.schoolId() != null) {
                scope.requireSchool(d.schoolId());
            }
            Inputs.checkChild(d, clock.today());
            ChildEntity referred = new ChildEntity();
            fill(referred, d);
            try {
                return tx.inTransaction(em -> referral(em, actor, referred, source, scope));
            } catch (ValidationException e) {
                // the same child registered by someone else meanwhile (R26): the referral joins that entry
                Optional<ChildEntity> holder = tx.read(em -> OneEntryPerChild.holder(em, referred));
                if (holder.isPresent() && e.errors().stream().anyMatch(
                        f -> f.messageKey() == SpecialNeedsMessages.CHILD_ALREADY_REGISTERED)) {
                    return holder.get().id;
                }
                throw e;
            }
        });
    }

    /** A referred child's entry, or the entry that holds the child already. */
    private long referral(EntityManager em, Actor actor, ChildEntity referred, String source, ChildScope scope) {
        Optional<ChildEntity> known = OneEntryPerChild.holder(em, referred);
        if (known.isPresent()) {
            return known.get().id;
        }
        ChildEntity c = referred;
        c.referralSource = source;
        c.createdAt = clock.now();
        c.createdBy = actor.username();
        scope.require(c);
        em.persist(c);
        OneEntryPerChild.flush(em);
        Map<String, Object> details = details(c);
        details.put("source", source);
        support.audit(em, AuditEvent.of(actor, "specialneeds.child.refer", CHILD, c.id, c.schoolId)
                .withChanges(details));
        return c.id;
    }

    @Override
    public Child child(Actor actor, long childId) {
        return support.guard(actor, "specialneeds.child.view", CHILD, childId, () -> {
            actor.require(Permission.VIEW_SPECIAL_NEEDS);
            return tx.read(em -> Rows.child(visible(em, actor, childId)));
        });
    }

    @Override
    public List<Child> children(Actor actor, ChildQuery q) {
        return support.guard(actor, "specialneeds.child.list", "school", q.schoolId(), () -> {
            actor.require(Permission.VIEW_SPECIAL_NEEDS);
            ChildScope scope = scope(actor);
            if (q.schoolId() != null) {
                scope.requireSchool(q.schoolId());
            }
            return tx.read(em -> visibleChildren(em, scope, q).stream().map(Rows::child).toList());
        });
    }

    static List<ChildEntity> visibleChildren(EntityManager em, ChildScope scope, ChildQuery q) {
        StringBuilder jpql = new StringBuilder("select c from SnChild c where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        Long school = scope.school() ? scope.actor().schoolId() : q.schoolId();
        if (school != null) {
            jpql.append(" and c.schoolId = :school");
            params.put("school", school);
        }
        if (q.town() != null) {
            jpql.append(" and c.town = :town");
            params.put("town", q.town());
        }
        if (Boolean.TRUE.equals(q.homeTeaching())) {
            jpql.append(" and c.placement = 'HOME_TEACHING'");
        }
        jpql.append(" order by c.town, c.id");
        var query = em.createQuery(jpql.toString(), ChildEntity.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().filter(scope::sees).toList();
    }

    @Override
    public Assessment assess(Actor actor, long childId, AssessmentData d) {
        return support.guard(actor, "specialneeds.assessment.propose", CHILD, childId, () -> {
            actor.require(Permission.RECORD_SPECIAL_NEEDS);
            Inputs.checkAssessment(d, clock.today());
            return tx.inTransaction(em -> {
                ChildEntity c = em.find(ChildEntity.class, childId, LockModeType.PESSIMISTIC_WRITE);
                if (c == null) {
                    throw new org.xueji.platform.api.NotFoundException(SpecialNeedsMessages.CHILD_NOT_FOUND,
                            String.valueOf(childId));
                }
                scope(actor).require(c);
                long pending = em.createQuery("select count(a) from SnAssessment a where a.childId = :c and "
                        + "a.status = 'PENDING'", Long.class).setParameter("c", childId).getSingleResult();
                if (pending > 0) {
                    throw new DomainException(SpecialNeedsMessages.ASSESSMENT_PENDING);
                }
                AssessmentEntity a = new AssessmentEntity();
                a.childId = childId;
                a.sessionDate = d.sessionDate();
                a.members = d.members().strip();
                a.physiology = d.physiology().strip();
                a.psychology = d.psychology().strip();
                a.ability = d.ability().strip();
                a.conclusion = d.conclusion().name();
                a.reason = Inputs.clean(d.reason());
                a.reviewDate = d.reviewDate();
                a.status = DecisionStatus.PENDING.name();
                a.proposedBy = actor.username();
                a.createdAt = clock.now();
                em.persist(a);
                em.flush();
                // the school proposes, the district approves (R3); the subject names ids only
                a.workflowId = submission.submit(em, actor, new NewWorkflowRequest(PlacementWorkflow.TYPE,
                        String.valueOf(a.id), WorkflowSubject.of(childId, a.id,
                        SpecialNeedsMessages.valueOf("CONCLUSION_" + a.conclusion)),
                        c.schoolId)).id();
                support.audit(em, AuditEvent.of(actor, "specialneeds.assessment.propose", CHILD, childId, c.schoolId)
                        .withChanges(Map.of("assessment", a.id, "conclusion", a.conclusion,
                                "workflowRequest", a.workflowId)));
                return Rows.assessment(a);
            });
        });
    }

    @Override
    public List<Assessment> assessments(Actor actor, long childId) {
        return support.guard(actor, "specialneeds.assessment.list", CHILD, childId, () -> {
            actor.require(Permission.VIEW_SPECIAL_NEEDS);
            return tx.read(em -> {
                visible(em, actor, childId);
                return em.createQuery("select a from SnAssessment a where a.childId = :c order by a.id desc",
                        AssessmentEntity.class).setParameter("c", childId).getResultList().stream()
                        .map(Rows::assessment).toList();
            });
        });
    }

    @Override
    public Plan savePlan(Actor actor, long childId, PlanData d) {
        return support.guard(actor, "specialneeds.plan.save", CHILD, childId, () -> {
            actor.require(Permission.RECORD_SPECIAL_NEEDS);
            Inputs.checkPlan(d);
            return tx.inTransaction(em -> {
                ChildEntity c = em.find(ChildEntity.class, childId, LockModeType.PESSIMISTIC_WRITE);
                if (c == null) {
                    throw new org.xueji.platform.api.NotFoundException(SpecialNeedsMessages.CHILD_NOT_FOUND,
                            String.valueOf(childId));
                }
                scope(actor).require(c);
                // R26: a plan only for a child assessed (and approved) for home teaching
                if (!"HOME_TEACHING".equals(c.placement)) {
                    throw new DomainException(SpecialNeedsMessages.NOT_HOME_TEACHING);
                }
                List<PlanEntity> versions = em.createQuery("select p from SnPlan p where p.childId = :c and "
                                + "p.schoolYear = :y and p.semester = :s order by p.versionNo desc", PlanEntity.class)
                        .setParameter("c", childId).setParameter("y", d.schoolYear()).setParameter("s", d.semester())
                        .getResultList();
                if (versions.stream().anyMatch(p -> DecisionStatus.PENDING.name().equals(p.status))) {
                    throw new DomainException(SpecialNeedsMessages.PLAN_PENDING);
                }
                PlanEntity p = new PlanEntity();
                p.childId = childId;
                p.schoolYear = d.schoolYear();
                p.semester = d.semester();
                p.versionNo = versions.isEmpty() ? 1 : versions.get(0).versionNo + 1;
                p.lifeSkills = Inputs.clean(d.lifeSkills());
                p.communication = Inputs.clean(d.communication());
                p.motor = Inputs.clean(d.motor());
                p.academic = Inputs.clean(d.academic());
                p.content = d.content().strip();
                p.teachers = String.join(",", d.teachers().stream().map(String::strip).distinct().toList());
                p.partners = Inputs.clean(d.partners());
                p.schedule = d.schedule().strip();
                p.status = DecisionStatus.PENDING.name();
                p.createdBy = actor.username();
                p.createdAt = clock.now();
                em.persist(p);
                em.flush();
                p.workflowId = submission.submit(em, actor, new NewWorkflowRequest(PlanWorkflow.TYPE,
                        String.valueOf(p.id), WorkflowSubject.of(childId, p.schoolYear, p.semester, p.versionNo),
                        c.schoolId)).id();
                support.audit(em, AuditEvent.of(actor, "specialneeds.plan.save", CHILD, childId, c.schoolId)
                        .withChanges(Map.of("plan", p.id, "version", p.versionNo, "semester",
                                p.schoolYear + "-" + p.semester, "teachers", Rows.teachers(p.teachers).size())));
                return Rows.plan(p);
            });
        });
    }

    @Override
    public List<Plan> plans(Actor actor, long childId) {
        return support.guard(actor, "specialneeds.plan.list", CHILD, childId, () -> {
            actor.require(Permission.VIEW_SPECIAL_NEEDS);
            return tx.read(em -> {
                visible(em, actor, childId);
                return em.createQuery("select p from SnPlan p where p.childId = :c order by p.schoolYear desc, "
                                + "p.semester desc, p.versionNo desc", PlanEntity.class).setParameter("c", childId)
                        .getResultList().stream().map(Rows::plan).toList();
            });
        });
    }

    @Override
    public byte[] planPdf(Actor actor, long planId) {
        return support.guard(actor, "specialneeds.plan.print", "special-needs-plan", planId, () -> {
            actor.require(Permission.VIEW_SPECIAL_NEEDS);
            return tx.inTransaction(em -> {
                PlanEntity p = em.find(PlanEntity.class, planId);
                if (p == null) {
                    throw new org.xueji.platform.api.NotFoundException(SpecialNeedsMessages.PLAN_NOT_FOUND,
                            String.valueOf(planId));
                }
                ChildEntity c = visible(em, actor, p.childId);
                support.audit(em, AuditEvent.of(actor, "specialneeds.plan.print", CHILD, c.id, c.schoolId)
                        .withChanges(Map.of("plan", p.id, "version", p.versionNo)));
                return PlanPdf.print(Rows.child(c), Rows.plan(p), clock.now());
            });
        });
    }

    @Override
    public Visit logVisit(Actor actor, VisitData d) {
        return support.guard(actor, "specialneeds.visit.log", CHILD, d.childId(),
                () -> visitLog.log(actor, scope(actor), d));
    }

    @Override
    public List<Visit> visits(Actor actor, long childId) {
        return support.guard(actor, "specialneeds.visit.list", CHILD, childId, () -> {
            actor.require(Permission.VIEW_SPECIAL_NEEDS);
            return tx.read(em -> {
                visible(em, actor, childId);
                return VisitLog.visits(em, childId);
            });
        });
    }

    @Override
    public Evidence evidence(Actor actor, long evidenceId) {
        return support.guard(actor, "specialneeds.evidence.view", "special-needs-evidence", evidenceId,
                () -> visitLog.evidence(actor, scope(actor), evidenceId));
    }

    @Override
    public ChildStatus status(Actor actor, long childId) {
        return support.guard(actor, "specialneeds.status", CHILD, childId, () -> {
            actor.require(Permission.VIEW_SPECIAL_NEEDS);
            return tx.read(em -> standing.status(em, visible(em, actor, childId)));
        });
    }

    @Override
    public List<ChildStatus> homeTeaching(Actor actor, Long schoolId, ComplianceStatus status) {
        return support.guard(actor, "specialneeds.home-teaching", "school", schoolId, () -> {
            actor.require(Permission.VIEW_SPECIAL_NEEDS);
            ChildScope scope = scope(actor);
            if (schoolId != null) {
                scope.requireSchool(schoolId);
            }
            return tx.read(em -> {
                List<ChildStatus> all = standing.statuses(em,
                        visibleChildren(em, scope, new ChildQuery(schoolId, null, true)));
                return status == null ? all : all.stream().filter(s -> s.status() == status).toList();
            });
        });
    }

    @Override
    public List<ComplianceSummary> summary(Actor actor) {
        return support.guard(actor, "specialneeds.summary", "school", actor.schoolId(), () -> {
            actor.require(Permission.VIEW_SPECIAL_NEEDS);
            ChildScope scope = scope(actor);
            return tx.read(em -> Standing.summarise(standing.statuses(em,
                    visibleChildren(em, scope, new ChildQuery(null, null, true)))));
        });
    }

    @Override
    public ComplianceRule rule() {
        return config.rule();
    }

    Transactions transactions() {
        return tx;
    }

    java.time.LocalDate today() {
        return clock.today();
    }

    java.time.Instant now() {
        return clock.now();
    }

    @Override
    public Child updateChild(Actor actor, long childId, ChildData data) {
        return edits.update(actor, childId, data);
    }

    @Override
    public void removeChild(Actor actor, long childId, RemovalReason reason) {
        edits.remove(actor, childId, reason);
    }

    SpecialNeedsConfig config() {
        return config;
    }

    Standing standing() {
        return standing;
    }

    ChildEntity visible(EntityManager em, Actor actor, long childId) {
        ChildEntity c = Rows.child(em, childId);
        scope(actor).require(c);
        return c;
    }

    static void fill(ChildEntity c, ChildData d) {
        c.studentId = d.studentId();
        c.name = d.name().strip();
        c.idNumber = Inputs.clean(d.idNumber()) == null ? null : d.idNumber().strip().toUpperCase(java.util.Locale.ROOT);
        c.birthDate = d.birthDate();
        c.town = d.town().strip();
        c.village = Inputs.clean(d.village());
        c.schoolId = d.schoolId();
        c.disability = d.disability().code();
        c.degree = d.degree();
        c.certificateNumber = Inputs.clean(d.certificateNumber());
        c.certificateDate = d.certificateDate();
        c.health = Inputs.clean(d.health());
        c.guardianName = Inputs.clean(d.guardianName());
        c.guardianPhone = Inputs.clean(d.guardianPhone());
    }

    /** What the audit row may say about a child: ids, codes, the town — no name, ID number or guardian. */
    private static Map<String, Object> details(ChildEntity c) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("school", c.schoolId);
        details.put("town", c.town);
        details.put("disability", c.disability);
        details.put("degree", c.degree);
        details.put("withRecord", c.studentId != null);
        return details;
    }
}
