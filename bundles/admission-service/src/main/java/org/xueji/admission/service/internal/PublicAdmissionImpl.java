package org.xueji.admission.service.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.admission.api.AdmissionMessages;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.Evidence;
import org.xueji.platform.documents.evidence.EvidenceKind;
import org.xueji.admission.api.ApplicationForm;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.PublicAdmission;
import org.xueji.admission.api.PublicResult;
import org.xueji.admission.api.Season;
import org.xueji.admission.service.internal.entity.ApplicationEntity;
import org.xueji.admission.service.internal.entity.SeasonEntity;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.SchoolService;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.InvalidIdentityException;
import org.xueji.platform.api.throttle.AddressThrottles;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;

/**
 * The public pages' service (no account). A family reaches only the application whose number
 * and child's ID number it gives; a wrong pair is answered exactly like an unknown number
 * (empty) and counted against the address; every submission counts too, so a flood from one
 * address waits (platform-security's address throttle, through {@link AddressThrottles}).
 * Before the results date a family sees "accepted by the school", not the allocation.
 */
@Component(service = PublicAdmission.class)
public class PublicAdmissionImpl implements PublicAdmission {

    /** Wrong pairs an address may try per day before it waits (1 min, doubling, ≤ 60 min). */
    static final int FREE_MISSES = 10;
    /** Submissions and edits an address may make per day before it waits (a school's wifi serves many families). */
    static final int FREE_SUBMISSIONS = 20;

    private final ModuleSupport support;
    private final ApplicationWrites writes;
    private final EvidenceStore evidence;
    private final AddressThrottles.Pool misses;
    private final AddressThrottles.Pool submissions;
    private final SchoolService schools;
    /** School names are public; the registry's list needs an actor. */
    private static final Actor PUBLIC_PAGE = Actor.system("public-admission");

    @Activate
    public PublicAdmissionImpl(@Reference(target = "(osgi.unit.name=xueji-admission)") EntityManagerFactory emf,
                               @Reference AuditTrail audit, @Reference AuditService auditService,
                               @Reference PlatformClock clock, @Reference AddressThrottles throttles,
                               @Reference SchoolService schools) {
        this(new ModuleSupport(emf, audit, auditService, clock), throttles, schools);
    }

    PublicAdmissionImpl(ModuleSupport support, AddressThrottles throttles, SchoolService schools) {
        this.support = support;
        this.schools = schools;
        this.writes = new ApplicationWrites(support);
        this.evidence = new EvidenceStore(support);
        this.misses = throttles.pool("admission-lookup", FREE_MISSES, Duration.ofMinutes(60));
        this.submissions = throttles.pool("admission-submit", FREE_SUBMISSIONS, Duration.ofMinutes(60));
    }

    /** The family as the audit trail records it: no name, the address it came from. */
    static Actor family(String address) {
        return new Actor("public:family", "家长", null, null, Set.of(), Set.of(), address);
    }

    @Override
    public List<Season> publishedSeasons() {
        LocalDate today = support.today();
        return support.transactions().read(em -> em.createQuery("select s from AdmSeason s where s.plansPublishedOn "
                        + "<= :d order by s.year desc, s.grade", SeasonEntity.class).setParameter("d", today)
                .getResultList().stream().map(s -> publicView(Records.season(em, s))).toList());
    }

    @Override
    public java.util.Map<Long, String> schoolNames(long seasonId) {
        java.util.Optional<Season> season = publishedSeasons().stream().filter(s -> s.id() == seasonId).findFirst();
        if (season.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        season.get().plans().forEach(p -> ids.add(p.schoolId()));
        season.get().areas().forEach(a -> ids.addAll(a.schoolIds()));
        java.util.Map<Long, String> names = new java.util.TreeMap<>();
        for (org.xueji.registry.api.School s : schools.listSchools(PUBLIC_PAGE)) {
            if (ids.contains(s.id())) {
                names.put(s.id(), s.name());
            }
        }
        return names;
    }

    /** Only approved plans are public (issue 12, item 1); the approvals and requests stay inside. */
    private static Season publicView(Season s) {
        return new Season(s.id(), s.setup(), s.plans(), s.areas(), s.documentRules(), s.seed(), s.seedPublishedAt(),
                s.allocatedAt(), List.of());
    }

    @Override
    public Optional<Application> lookup(String address, String applicationNumber, String childIdNumber) {
        requireNotWaiting(misses, address);
        String id = normalisedId(applicationNumber, childIdNumber);
        // the hot path of the results day (issue 12 benchmark: 100 concurrent lookups): one indexed query
        // for the application and its season's two dates, read-only (no snapshot, nothing to flush)
        Optional<Application> found = id == null ? Optional.empty() : support.transactions().read(em -> {
            List<Object[]> rows = em.createQuery("select a, s.allocatedAt, s.resultsPublishedOn from AdmApplication a, "
                            + "AdmSeason s where a.number = :n and a.idNumber = :i and s.id = a.seasonId", Object[].class)
                    .setParameter("n", applicationNumber.strip()).setParameter("i", id)
                    .setHint("org.hibernate.readOnly", Boolean.TRUE).getResultList();
            if (rows.isEmpty()) {
                return Optional.<Application>empty();
            }
            Object[] row = rows.get(0);
            return Optional.of(asFamilySees(Records.application((ApplicationEntity) row[0]), (java.time.Instant) row[1],
                    (LocalDate) row[2]));
        });
        if (found.isEmpty()) {
            misses.count(address);
        }
        return found;
    }

    @Override
    public Application apply(String address, long seasonId, ApplicationForm form) {
        requireNotWaiting(submissions, address);
        submissions.count(address);
        return writes.submit(family(address), seasonId, form);
    }

    @Override
    public Application edit(String address, String applicationNumber, String childIdNumber, ApplicationForm form) {
        requireNotWaiting(misses, address);
        requireNotWaiting(submissions, address);
        submissions.count(address);
        return support.transactions().inTransaction(em -> {
            ApplicationEntity e = byPair(em, applicationNumber, childIdNumber, true);
            if (e == null) {
                misses.count(address);
                throw new DomainException(AdmissionMessages.APPLICATION_NOT_FOUND, "");
            }
            return writes.edit(family(address), e, form, em);
        });
    }

    @Override
    public Evidence uploadEvidence(String address, String applicationNumber, String childIdNumber, String proof,
                                   String fileName, byte[] content) {
        requireNotWaiting(misses, address);
        requireNotWaiting(submissions, address);
        submissions.count(address);
        // judged before the pair is even looked up: a refused file opens no transaction
        EvidenceKind kind = EvidenceStore.judge(content);
        String name = EvidenceStore.cleanName(fileName);
        return support.transactions().inTransaction(em -> {
            ApplicationEntity e = byPair(em, applicationNumber, childIdNumber, true);
            if (e == null) {
                misses.count(address);
                throw new DomainException(AdmissionMessages.APPLICATION_NOT_FOUND, "");
            }
            // the family adds proofs while it may still edit: window open, the school not decided
            SeasonEntity s = em.find(SeasonEntity.class, e.seasonId);
            ApplicationStatus status = ApplicationStatus.valueOf(e.status);
            if (support.today().isAfter(s.windowCloses) || support.today().isBefore(s.windowOpens)
                    || (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.REJECTED)) {
                throw SetupRules.invalid("status", AdmissionMessages.APPLICATION_NOT_EDITABLE);
            }
            return evidence.store(em, family(address), e, proof, kind, name, content);
        });
    }

    @Override
    public List<PublicResult> results(long seasonId, long schoolId) {
        return support.transactions().read(em -> {
            SeasonEntity s = em.find(SeasonEntity.class, seasonId);
            if (s == null || s.allocatedAt == null || support.today().isBefore(s.resultsPublishedOn)) {
                return List.of();
            }
            return Results.ofSchool(em, seasonId, schoolId);
        });
    }

    /** The ID number as stored (normalised), or null when the pair cannot be a real one. */
    private static String normalisedId(String number, String idNumber) {
        if (number == null || idNumber == null || number.length() > 30) {
            return null;
        }
        try {
            return ChineseIdNumber.parse(idNumber).value();
        } catch (InvalidIdentityException e) {
            return null;
        }
    }

    /** Null unless number and ID number belong together; an unreadable ID number is just a miss. */
    private static ApplicationEntity byPair(javax.persistence.EntityManager em, String number, String idNumber,
                                            boolean lock) {
        String id = normalisedId(number, idNumber);
        if (id == null) {
            return null;
        }
        List<ApplicationEntity> rows = em.createQuery("select a from AdmApplication a where a.number = :n "
                        + "and a.idNumber = :i", ApplicationEntity.class).setParameter("n", number.strip())
                .setParameter("i", id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        return lock ? em.find(ApplicationEntity.class, rows.get(0).id, LockModeType.PESSIMISTIC_WRITE) : rows.get(0);
    }

    private Application asFamilySees(Application a, java.time.Instant allocatedAt, LocalDate resultsPublishedOn) {
        boolean published = allocatedAt != null && !support.today().isBefore(resultsPublishedOn);
        if (published || !(a.status().admitted() || a.status() == ApplicationStatus.NOT_ADMITTED
                || a.status() == ApplicationStatus.REGISTERED)) {
            return a;
        }
        return new Application(a.id(), a.number(), a.seasonId(), a.schoolId(), a.form(), ApplicationStatus.ELIGIBLE,
                null, a.priorityRank(), null, a.submittedAt(), a.submittedBy());
    }

    private static void requireNotWaiting(AddressThrottles.Pool pool, String address) {
        if (pool.waitUntil(address) != null) {
            throw new DomainException(AdmissionMessages.TOO_MANY_ATTEMPTS);
        }
    }
}
