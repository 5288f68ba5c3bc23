package org.xueji.admission.service.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xueji.admission.api.AdmissionMessages;
import org.xueji.admission.api.AdmissionService;
import org.xueji.admission.api.AllocationResult;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationForm;
import org.xueji.admission.api.ApplicationQuery;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.DocumentRule;
import org.xueji.admission.api.Draw;
import org.xueji.admission.api.Evidence;
import org.xueji.admission.api.EvidenceFile;
import org.xueji.admission.api.SchoolResult;
import java.util.Set;
import org.xueji.admission.api.DrawVerification;
import org.xueji.admission.api.Lottery;
import org.xueji.admission.api.PlanStatus;
import org.xueji.admission.api.PublicResult;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.SchoolStatistics;
import org.xueji.admission.api.Season;
import org.xueji.admission.api.SeasonSetup;
import org.xueji.admission.api.ServiceArea;
import org.xueji.admission.service.internal.entity.ApplicationEntity;
import org.xueji.admission.service.internal.entity.AreaEntity;
import org.xueji.admission.service.internal.entity.DocumentRuleEntity;
import org.xueji.admission.service.internal.entity.DrawEntity;
import org.xueji.admission.service.internal.entity.EvidenceEntity;
import org.xueji.admission.service.internal.entity.PlanEntity;
import org.xueji.admission.service.internal.entity.SeasonEntity;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.documents.evidence.EvidenceKind;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowSubmission;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.intake.PendingRegistrations;

/**
 * Sunshine admission for the district and the schools (R24, R27). Permission and scope first
 * (set-up, seed, allocation, placement: the district; applications and reviews: the school's
 * own), every change audited in its transaction, every refusal audited through
 * {@link ModuleSupport#guard}.
 */
@Component(service = AdmissionService.class)
public class AdmissionServiceImpl implements AdmissionService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdmissionServiceImpl.class);

    static final String SEASON = "admission-season";

    private final ModuleSupport support;
    private final Transactions tx;
    private final SchoolService schools;
    private final WorkflowSubmission workflow;
    private final ApplicationWrites writes;
    private final AllocationRun allocation;
    private final Intake intake;
    private final RegisteredApplications registered;
    private final EvidenceStore evidenceStore;

    /** Enrollment's pending registrations (新生注册), when the enrollment module runs. */
    volatile PendingRegistrations pendingRegistrations;

    /**
     * Enrollment (re)appears: the children admitted while it was absent are offered now, on a
     * thread of their own (the binding thread is the framework's, often enrollment's own start).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindPendingRegistrations(PendingRegistrations pending) {
        this.pendingRegistrations = pending;
        Thread reoffer = new Thread(() -> {
            try {
                offerWaiting();
            } catch (RuntimeException e) {
                // the next appearance of enrollment (or a restart) tries again; nothing was half-written
                LOG.warn("admitted children not offered to registration yet: {}", e.toString());
            }
        }, "admission-reoffer");
        reoffer.setDaemon(true);
        reoffer.start();
    }

    void unbindPendingRegistrations(PendingRegistrations pending) {
        if (this.pendingRegistrations == pending) {
            this.pendingRegistrations = null;
        }
    }

    /**
     * Offers every admitted or placed child not yet offered to enrollment (issue 12, item 5: the
     * re-offer), in one transaction, audited with counts only; 0 while enrollment is absent.
     */
    int offerWaiting() {
        if (pendingRegistrations == null) {
            return 0;
        }
        return tx.inTransaction(em -> {
            int offered = intake.offerWaiting(em);
            if (offered > 0) {
                support.audit(em, AuditEvent.of(Actor.system("admission-reoffer"), "admission.reoffer", SEASON, null,
                        null).withChanges(new LinkedHashMap<>(Map.of("offered", offered))));
            }
            return offered;
        });
    }

    @Activate
    public AdmissionServiceImpl(@Reference(target = "(osgi.unit.name=xueji-admission)") EntityManagerFactory emf,
                                @Reference AuditTrail audit, @Reference AuditService auditService,
                                @Reference PlatformClock clock, @Reference SchoolService schools,
                                @Reference WorkflowSubmission workflow) {
        this(new ModuleSupport(emf, audit, auditService, clock), schools, workflow);
    }

    AdmissionServiceImpl(ModuleSupport support, SchoolService schools, WorkflowSubmission workflow) {
        this.support = support;
        this.workflow = workflow;
        this.tx = support.transactions();
        this.schools = schools;
        this.writes = new ApplicationWrites(support);
        this.intake = new Intake(() -> pendingRegistrations, support::now);
        this.registered = new RegisteredApplications(support);
        this.evidenceStore = new EvidenceStore(support);
        this.allocation = new AllocationRun(support, intake);
    }

    // ---- set-up (district) ----

    @Override
    public Season createSeason(Actor actor, SeasonSetup setup) {
        return district(actor, "admission.season.create", null, () -> {
            SetupRules.checkSetup(setup);
            return tx.inTransaction(em -> {
                Long same = em.createQuery("select count(s) from AdmSeason s where s.year = :y and s.grade = :g",
                        Long.class).setParameter("y", setup.year()).setParameter("g", setup.grade()).getSingleResult();
                if (same > 0) {
                    throw SetupRules.invalid("year", AdmissionMessages.SEASON_EXISTS);
                }
                SeasonEntity s = new SeasonEntity();
                Records.copy(setup, s);
                s.createdAt = support.now();
                s.createdBy = actor.username();
                em.persist(s);
                em.flush();
                auditSeason(em, actor, "admission.season.create", s.id, Map.of("year", s.year, "grade", s.grade));
                return Records.season(em, s);
            });
        });
    }

    @Override
    public List<Season> seasons(Actor actor) {
        return reader(actor, "admission.season.list", null, () -> tx.read(em ->
                em.createQuery("select s from AdmSeason s order by s.year desc, s.grade", SeasonEntity.class)
                        .getResultList().stream().map(s -> Records.season(em, s)).toList()));
    }

    @Override
    public Season season(Actor actor, long seasonId) {
        return reader(actor, "admission.season.view", seasonId, () -> tx.read(em -> Records.season(em, seasonId)));
    }

    @Override
    public Season updateSeason(Actor actor, long seasonId, SeasonSetup setup) {
        return district(actor, "admission.season.update", seasonId, () -> {
            SetupRules.checkSetup(setup);
            return tx.inTransaction(em -> {
                SeasonEntity s = unallocated(em, seasonId);
                if (s.year != setup.year() || s.grade != setup.grade()) {
                    throw SetupRules.invalid("year", AdmissionMessages.SEASON_EXISTS);
                }
                Records.copy(setup, s);
                em.flush();
                auditSeason(em, actor, "admission.season.update", seasonId, Map.of("windowOpens",
                        s.windowOpens.toString(), "windowCloses", s.windowCloses.toString(), "priority", s.priority));
                return Records.season(em, s);
            });
        });
    }

    @Override
    public Season savePlan(Actor actor, long seasonId, SchoolPlan plan) {
        return district(actor, "admission.plan.save", seasonId, () -> {
            SetupRules.checkPlan(plan);
            schools.getSchool(actor, plan.schoolId());
            return tx.inTransaction(em -> {
                SeasonEntity s = unallocated(em, seasonId);
                PlanEntity p = em.find(PlanEntity.class, new PlanEntity.Key(seasonId, plan.schoolId()));
                boolean isNew = p == null;
                if (isNew) {
                    p = new PlanEntity();
                    p.seasonId = seasonId;
                    p.schoolId = plan.schoolId();
                }
                p.classes = plan.classes();
                p.classCap = plan.classCap();
                p.reserved = plan.reservedForTransfers();
                p.approval = PlanStatus.PENDING.name(); // counts once the district approved it (workflow)
                if (isNew) {
                    em.persist(p); // the insert takes the state at persist (assigned key)
                }
                em.flush();
                p.requestId = workflow.submit(em, actor, PlanApprovalHandler.request(s, p)).id();
                em.flush();
                support.audit(em, AuditEvent.of(actor, "admission.plan.save", SEASON, seasonId, plan.schoolId())
                        .withChanges(Map.of("classes", p.classes, "classCap", p.classCap, "reserved", p.reserved)));
                return Records.season(em, s);
            });
        });
    }

    @Override
    public Season saveArea(Actor actor, long seasonId, ServiceArea area) {
        return district(actor, "admission.area.save", seasonId, () -> {
            SetupRules.checkArea(area);
            area.schoolIds().forEach(id -> schools.getSchool(actor, id));
            return tx.inTransaction(em -> {
                SeasonEntity s = unallocated(em, seasonId);
                em.createQuery("delete from AdmArea a where a.seasonId = :s and a.street = :st and a.community = :c")
                        .setParameter("s", seasonId).setParameter("st", area.street().strip())
                        .setParameter("c", area.community().strip()).executeUpdate();
                for (Long schoolId : area.schoolIds()) {
                    AreaEntity a = new AreaEntity();
                    a.seasonId = seasonId;
                    a.street = area.street().strip();
                    a.community = area.community().strip();
                    a.schoolId = schoolId;
                    em.persist(a);
                }
                em.flush();
                auditSeason(em, actor, "admission.area.save", seasonId, Map.of("schools", area.schoolIds().size()));
                return Records.season(em, s);
            });
        });
    }

    @Override
    public Season saveDocumentRule(Actor actor, long seasonId, DocumentRule rule) {
        return district(actor, "admission.rule.save", seasonId, () -> {
            SetupRules.checkRule(rule);
            return tx.inTransaction(em -> {
                SeasonEntity s = unallocated(em, seasonId);
                DocumentRuleEntity r = em.find(DocumentRuleEntity.class,
                        new DocumentRuleEntity.Key(seasonId, rule.category().name()));
                boolean isNew = r == null;
                if (isNew) {
                    r = new DocumentRuleEntity();
                    r.seasonId = seasonId;
                    r.category = rule.category().name();
                }
                r.proofs = String.join(",", rule.proofs());
                r.plainZh = rule.plainWordsZh() == null ? "" : rule.plainWordsZh().strip();
                r.plainEn = rule.plainWordsEn() == null ? "" : rule.plainWordsEn().strip();
                if (isNew) {
                    em.persist(r); // the insert takes the state at persist (assigned key)
                }
                em.flush();
                auditSeason(em, actor, "admission.rule.save", seasonId,
                        Map.of("category", r.category, "proofs", r.proofs));
                return Records.season(em, s);
            });
        });
    }

    @Override
    public Season publishSeed(Actor actor, long seasonId, String seed) {
        return district(actor, "admission.seed.publish", seasonId, () -> {
            if (seed == null || seed.isBlank() || seed.strip().length() > 200
                    || seed.chars().anyMatch(Character::isISOControl)) {
                throw SetupRules.invalid("seed", AdmissionMessages.SEED_REQUIRED);
            }
            return tx.inTransaction(em -> {
                SeasonEntity s = lockSeason(em, seasonId);
                if (s.seed != null) {
                    throw new DomainException(AdmissionMessages.SEED_ALREADY_PUBLISHED);
                }
                s.seed = seed.strip();
                s.seedPublishedAt = support.now();
                em.flush();
                auditSeason(em, actor, "admission.seed.publish", seasonId, Map.of("seed", s.seed));
                return Records.season(em, s);
            });
        });
    }

    // ---- applications (school) ----

    @Override
    public Application apply(Actor actor, long seasonId, ApplicationForm form) {
        return support.guard(actor, "admission.application.submit", SEASON, seasonId, () -> {
            actor.require(Permission.REVIEW_ADMISSION);
            actor.requireSchool(form.schoolId());
            return writes.submit(actor, seasonId, form);
        });
    }

    @Override
    public Application review(Actor actor, long applicationId, boolean accept, String reason) {
        return support.guard(actor, "admission.application.review", ApplicationWrites.TARGET, applicationId, () -> {
            actor.require(Permission.REVIEW_ADMISSION);
            String why = accept ? null : SetupRules.checkReason(reason);
            return tx.inTransaction(em -> {
                ApplicationEntity e = find(em, actor, applicationId, true);
                if (!ApplicationStatus.SUBMITTED.name().equals(e.status)) {
                    throw new DomainException(AdmissionMessages.STATUS_NOT_REVIEWABLE, e.status);
                }
                SeasonEntity s = em.find(SeasonEntity.class, e.seasonId);
                if (s.allocatedAt != null) {
                    throw new DomainException(AdmissionMessages.ALLOCATION_ALREADY_RUN);
                }
                e.status = accept ? ApplicationStatus.ELIGIBLE.name() : ApplicationStatus.REJECTED.name();
                e.rejectionReason = why;
                e.priorityRank = accept ? Records.setup(s).rankOf(Category.valueOf(e.category)) : null;
                em.flush();
                support.audit(em, ApplicationWrites.event(actor, "admission.application.review", e));
                return Records.application(e);
            });
        });
    }

    @Override
    public List<Application> applications(Actor actor, ApplicationQuery q, int offset, int limit) {
        return reader(actor, "admission.application.list", q.schoolId(),
                () -> tx.read(em -> ApplicationList.page(em, actor, q, offset, limit)));
    }

    @Override
    public int countApplications(Actor actor, ApplicationQuery q) {
        return reader(actor, "admission.application.list", q.schoolId(),
                () -> tx.read(em -> ApplicationList.count(em, actor, q)));
    }

    @Override
    public Application application(Actor actor, long applicationId) {
        return reader(actor, "admission.application.view", applicationId,
                () -> tx.read(em -> Records.application(find(em, actor, applicationId, false))));
    }

    // ---- allocation and lottery (district) ----

    @Override
    public AllocationResult allocate(Actor actor, long seasonId) {
        return district(actor, "admission.allocate", seasonId, () -> allocation.run(actor, seasonId));
    }

    @Override
    public List<Draw> draws(Actor actor, long seasonId) {
        return reader(actor, "admission.draw.list", seasonId, () -> tx.read(em -> {
            String jpql = "select d from AdmDraw d where d.seasonId = :s"
                    + (actor.isDistrictWide() ? "" : " and d.schoolId = :school") + " order by d.schoolId, d.rank";
            TypedQuery<DrawEntity> q = em.createQuery(jpql, DrawEntity.class).setParameter("s", seasonId);
            if (!actor.isDistrictWide()) {
                q.setParameter("school", actor.schoolId());
            }
            return q.getResultList().stream().map(Records::draw).toList();
        }));
    }

    @Override
    public DrawVerification verifyDraw(Actor actor, long drawId) {
        return reader(actor, "admission.draw.verify", drawId, () -> tx.read(em -> {
            DrawEntity d = em.find(DrawEntity.class, drawId);
            if (d == null) {
                throw new NotFoundException(AdmissionMessages.DRAW_NOT_FOUND, String.valueOf(drawId));
            }
            actor.requireSchool(d.schoolId);
            Draw draw = Records.draw(d);
            List<String> recomputed = Lottery.draw(draw.candidates(), draw.seed());
            return new DrawVerification(drawId, recomputed.equals(draw.order()), draw.order(), recomputed);
        }));
    }

    @Override
    public Application placeByDistrict(Actor actor, long applicationId, long schoolId) {
        return district(actor, "admission.place", applicationId, () -> tx.inTransaction(em -> {
            ApplicationEntity e = find(em, actor, applicationId, true);
            if (!ApplicationStatus.NOT_ADMITTED.name().equals(e.status)) {
                throw new DomainException(AdmissionMessages.NOT_WAITING_FOR_PLACEMENT);
            }
            SeasonEntity s = lockSeason(em, e.seasonId);
            Season season = Records.season(em, s);
            SchoolPlan plan = season.plan(schoolId);
            if (plan == null) {
                throw SetupRules.invalid("schoolId", AdmissionMessages.SCHOOL_NOT_IN_SEASON, String.valueOf(schoolId));
            }
            if (plan.seats() - used(em, e.seasonId, schoolId) <= 0) {
                throw new DomainException(AdmissionMessages.NO_SEATS_LEFT);
            }
            e.status = ApplicationStatus.PLACED.name();
            e.placedSchoolId = schoolId;
            em.flush();
            intake.offer(em, s, e); // the pending registration commits with the placement
            support.audit(em, ApplicationWrites.event(actor, "admission.place", e));
            return Records.application(e);
        }));
    }

    @Override
    public int seatsLeft(Actor actor, long seasonId, long schoolId) {
        return reader(actor, "admission.seats.view", seasonId, () -> {
            actor.requireSchool(schoolId);
            return tx.read(em -> {
                SchoolPlan plan = Records.season(em, seasonId).plan(schoolId);
                return plan == null ? 0 : (int) Math.max(0, plan.seats() - used(em, seasonId, schoolId));
            });
        });
    }

    @Override
    public List<PublicResult> results(Actor actor, long seasonId, long schoolId) {
        return reader(actor, "admission.results.view", seasonId, () -> {
            actor.requireSchool(schoolId);
            return tx.read(em -> Results.ofSchool(em, seasonId, schoolId));
        });
    }

    @Override
    public List<SchoolStatistics> statistics(Actor actor, long seasonId) {
        return reader(actor, "admission.statistics.view", seasonId, () -> tx.read(em -> {
            Season season = Records.season(em, seasonId);
            List<SchoolStatistics> out = new ArrayList<>();
            for (SchoolPlan plan : season.plans()) {
                if (!actor.isDistrictWide() && !actor.schoolId().equals(plan.schoolId())) {
                    continue;
                }
                Map<Category, Integer> applied = countByCategory(em, "select a.category, count(a) from AdmApplication a "
                        + "where a.seasonId = :s and a.schoolId = :sc group by a.category", seasonId, plan.schoolId());
                Map<Category, Integer> admitted = countByCategory(em, "select a.category, count(a) from AdmApplication a "
                        + "where a.seasonId = :s and a.placedSchoolId = :sc and a.status in ('ADMITTED', 'PLACED', "
                        + "'REGISTERED') group by a.category", seasonId, plan.schoolId());
                long lotteries = em.createQuery("select count(d) from AdmDraw d where d.seasonId = :s "
                        + "and d.schoolId = :sc", Long.class).setParameter("s", seasonId)
                        .setParameter("sc", plan.schoolId()).getSingleResult();
                out.add(new SchoolStatistics(plan.schoolId(), plan.seats(), applied, admitted, (int) lotteries));
            }
            return out;
        }));
    }

    @Override
    public Application markRegistered(Actor actor, long applicationId) {
        return support.guard(actor, "admission.registered", ApplicationWrites.TARGET, applicationId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            return tx.inTransaction(em -> registered.mark(em, actor, find(em, actor, applicationId, true), null));
        });
    }

    // ---- evidence (school) ----

    @Override
    public Evidence uploadEvidence(Actor actor, long applicationId, String proof, String fileName, byte[] content) {
        return support.guard(actor, "admission.evidence.upload", ApplicationWrites.TARGET, applicationId, () -> {
            actor.require(Permission.REVIEW_ADMISSION);
            EvidenceKind kind = EvidenceStore.judge(content);
            String name = EvidenceStore.cleanName(fileName);
            return tx.inTransaction(em -> evidenceStore.store(em, actor, find(em, actor, applicationId, true), proof,
                    kind, name, content));
        });
    }

    @Override
    public List<Evidence> evidence(Actor actor, long applicationId) {
        return reader(actor, "admission.evidence.list", applicationId, () -> tx.read(em -> {
            find(em, actor, applicationId, false);
            return EvidenceStore.list(em, applicationId);
        }));
    }

    @Override
    public EvidenceFile evidenceFile(Actor actor, long evidenceId) {
        return reader(actor, "admission.evidence.view", evidenceId, () -> tx.inTransaction(em -> {
            EvidenceEntity ev = EvidenceStore.find(em, evidenceId);
            return evidenceStore.read(em, actor, find(em, actor, ev.applicationId, false), ev);
        }));
    }

    @Override
    public List<SchoolResult> schoolResults(Actor actor, long seasonId, Set<Long> schoolIds, int offset, int limit) {
        return reader(actor, "admission.results.schools", seasonId, () -> tx.read(em ->
                SchoolResults.page(em, actor, seasonId, schoolIds, offset, limit)));
    }

    @Override
    public int countSchoolResults(Actor actor, long seasonId, Set<Long> schoolIds) {
        return reader(actor, "admission.results.schools", seasonId, () -> tx.read(em ->
                SchoolResults.schools(em, actor, seasonId, schoolIds).size()));
    }

    // ---- helpers ----

    private static Map<Category, Integer> countByCategory(EntityManager em, String jpql, long seasonId, long schoolId) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("s", seasonId)
                .setParameter("sc", schoolId).getResultList()) {
            counts.put(Category.valueOf((String) row[0]), ((Long) row[1]).intValue());
        }
        return counts;
    }

    /** Seats taken at a school: admitted there, placed there, or registered there. */
    static long used(EntityManager em, long seasonId, long schoolId) {
        return em.createQuery("select count(a) from AdmApplication a where a.seasonId = :s and a.placedSchoolId = :sc "
                        + "and a.status in ('ADMITTED', 'PLACED', 'REGISTERED')", Long.class)
                .setParameter("s", seasonId).setParameter("sc", schoolId).getSingleResult();
    }

    /** The application if the actor's school applied for it or was given it; else refused. */
    private static ApplicationEntity find(EntityManager em, Actor actor, long id, boolean lock) {
        ApplicationEntity e = lock ? em.find(ApplicationEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ApplicationEntity.class, id);
        if (e == null) {
            throw new NotFoundException(AdmissionMessages.APPLICATION_NOT_FOUND, String.valueOf(id));
        }
        if (!actor.isDistrictWide() && !actor.schoolId().equals(e.schoolId)
                && !actor.schoolId().equals(e.placedSchoolId)) {
            actor.requireSchool(e.schoolId);
        }
        return e;
    }

    private static SeasonEntity lockSeason(EntityManager em, long seasonId) {
        SeasonEntity s = em.find(SeasonEntity.class, seasonId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException(AdmissionMessages.SEASON_NOT_FOUND, String.valueOf(seasonId));
        }
        return s;
    }

    /** Plans, areas and rules cannot change once seats are allocated. */
    private static SeasonEntity unallocated(EntityManager em, long seasonId) {
        SeasonEntity s = lockSeason(em, seasonId);
        if (s.allocatedAt != null) {
            throw new DomainException(AdmissionMessages.ALLOCATION_ALREADY_RUN);
        }
        return s;
    }

    private void auditSeason(EntityManager em, Actor actor, String action, long seasonId, Map<String, Object> details) {
        support.audit(em, AuditEvent.of(actor, action, SEASON, seasonId, null).withChanges(new LinkedHashMap<>(details)));
    }

    private <T> T district(Actor actor, String action, Object target, Supplier<T> call) {
        return support.guard(actor, action, SEASON, target, () -> {
            actor.require(Permission.MANAGE_ADMISSION);
            if (!actor.isDistrictWide()) {
                throw new AccessDeniedException(AdmissionMessages.DISTRICT_ONLY);
            }
            return call.get();
        });
    }

    /** Reading needs REVIEW_ADMISSION or MANAGE_ADMISSION; the school scope is applied by each read. */
    private <T> T reader(Actor actor, String action, Object target, Supplier<T> call) {
        return support.guard(actor, action, SEASON, target, () -> {
            if (!actor.has(Permission.MANAGE_ADMISSION)) {
                actor.require(Permission.REVIEW_ADMISSION);
            }
            actor.requireCurrent();
            return call.get();
        });
    }
}
