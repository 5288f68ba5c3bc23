package org.xueji.enrollment.service.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xueji.enrollment.api.AutumnRegistrationProgress;
import org.xueji.enrollment.api.AutumnRegistrationService;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.service.internal.entity.CampaignEntity;
import org.xueji.enrollment.service.internal.entity.VerificationEntity;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.registry.api.UnconfirmedStudentListener;

/**
 * The autumn registration of current students (issue 15) on the 人籍一致 machinery (R18): the
 * registration is a first-semester campaign due on the school year's registration deadline,
 * schools tick presence or upload a roster through {@code VerificationService}, and this
 * class reads what they confirmed. After the deadline the unconfirmed students are handed to
 * every {@link UnconfirmedStudentListener} once.
 */
@Component(service = {AutumnRegistrationService.class, AutumnRegistrationServiceImpl.class})
public class AutumnRegistrationServiceImpl implements AutumnRegistrationService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AutumnRegistrationServiceImpl.class);
    static final Actor SYSTEM = Actor.system("autumn-registration");

    private final ModuleSupport support;
    private final SchoolYearService schoolYears;
    private final StudentService students;
    private final SchoolService schools;

    /** modules that follow up unconfirmed students (e.g. dropout control), when installed */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<UnconfirmedStudentListener> listeners = List.of();

    @Activate
    public AutumnRegistrationServiceImpl(@Reference(target = "(osgi.unit.name=xueji-enrollment)") EntityManagerFactory emf,
                                         @Reference AuditTrail auditTrail, @Reference AuditService auditService,
                                         @Reference PlatformClock clock, @Reference SchoolYearService schoolYears,
                                         @Reference StudentService students, @Reference SchoolService schools) {
        this(new ModuleSupport(emf, auditTrail, auditService, clock), schoolYears, students, schools);
    }

    AutumnRegistrationServiceImpl(ModuleSupport support, SchoolYearService schoolYears, StudentService students,
                                  SchoolService schools) {
        this.support = support;
        this.schoolYears = schoolYears;
        this.students = students;
        this.schools = schools;
    }

    @Override
    public VerificationCampaign open(Actor actor, int schoolYear) {
        return support.guard(actor, "autumn-registration.open", "school-year", schoolYear, () -> {
            actor.require(Permission.MANAGE_SCHOOL);
            if (!actor.isDistrictWide()) {
                throw new AccessDeniedException(EnrollmentMessages.DISTRICT_ONLY);
            }
            SchoolYearDates dates = schoolYears.schoolYear(schoolYear);
            LocalDate due = dates.autumnRegistrationDeadline();
            if (support.today().isAfter(due)) {
                throw new DomainException(EnrollmentMessages.AUTUMN_REGISTRATION_DEADLINE_PASSED, schoolYear,
                        due.toString());
            }
            return support.change(em -> {
                if (campaignId(em, schoolYear).isPresent()) {
                    throw new DomainException(EnrollmentMessages.AUTUMN_REGISTRATION_ALREADY_OPEN, schoolYear);
                }
                // the campaign and its mark as the year's registration are written together
                CampaignEntity c = new CampaignEntity();
                c.schoolYear = schoolYear;
                c.semester = 1;
                c.title = EnrollmentMessages.AUTUMN_REGISTRATION_TITLE.format(Locale.SIMPLIFIED_CHINESE,
                        String.valueOf(schoolYear), due.toString());
                c.dueDate = due;
                c.openedAt = support.now();
                c.openedBy = actor.username();
                em.persist(c);
                em.flush();
                em.createNativeQuery("insert into ENR_AUTUMN_REG (SCHOOL_YEAR, CAMPAIGN_ID) values (?, ?)")
                        .setParameter(1, schoolYear).setParameter(2, c.id).executeUpdate();
                return campaign(c);
            }, c -> AuditEvent.of(actor, "autumn-registration.open", "campaign", c.id(), null)
                    .withChanges(Map.of("schoolYear", schoolYear, "dueDate", due.toString())));
        });
    }

    @Override
    public Optional<VerificationCampaign> campaign(Actor actor, int schoolYear) {
        actor.require(Permission.VIEW_STUDENT);
        return support.transactions().read(em -> campaignId(em, schoolYear)
                .map(id -> campaign(em.find(CampaignEntity.class, id))));
    }

    @Override
    public List<AutumnRegistrationProgress> progress(Actor actor, int schoolYear) {
        actor.require(Permission.VIEW_STUDENT);
        LocalDate today = support.today();
        return support.transactions().read(em -> {
            Optional<Long> campaignId = campaignId(em, schoolYear);
            LocalDate due = campaignId.map(id -> em.find(CampaignEntity.class, id).dueDate)
                    .orElseGet(() -> schoolYears.schoolYear(schoolYear).autumnRegistrationDeadline());
            long daysLeft = ChronoUnit.DAYS.between(today, due);
            List<AutumnRegistrationProgress> result = new ArrayList<>();
            for (School school : schools.listSchools(actor)) {
                List<StudentSummary> records = students.schoolRoster(actor, school.id());
                Confirmation done = campaignId.map(id -> confirmation(em, id, school.id(), records))
                        .orElse(Confirmation.NONE);
                Set<Long> classes = new HashSet<>();
                records.forEach(r -> {
                    if (r.classId() != null) {
                        classes.add(r.classId());
                    }
                });
                int confirmed = (int) records.stream().filter(r -> done.studentIds().contains(r.id())).count();
                int confirmedClasses = (int) classes.stream().filter(done.classIds()::contains).count();
                DeadlineProgress.Status status = records.isEmpty() ? DeadlineProgress.Status.COMPLETE
                        : DeadlineProgress.statusOf(records.size(), confirmed, daysLeft);
                result.add(new AutumnRegistrationProgress(school.id(), school.name(), schoolYear, due, classes.size(),
                        confirmedClasses, records.size(), confirmed, daysLeft, status));
            }
            return result;
        });
    }

    @Override
    public List<StudentSummary> unconfirmed(Actor actor, int schoolYear, long schoolId) {
        return support.guard(actor, "autumn-registration.unconfirmed", "school", schoolId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            actor.requireSchool(schoolId);
            List<StudentSummary> records = students.schoolRoster(actor, schoolId);
            return support.transactions().read(em -> {
                Confirmation done = campaignId(em, schoolYear).map(id -> confirmation(em, id, schoolId, records))
                        .orElse(Confirmation.NONE);
                return records.stream().filter(r -> !done.studentIds().contains(r.id())).toList();
            });
        });
    }

    /**
     * Once the deadline of a year's registration has passed: hands each school's unconfirmed
     * students to the listeners, once (audited with counts only). Called by the daily job.
     */
    void followUp(LocalDate today) {
        List<Object[]> due = support.transactions().read(em -> em.createQuery(
                "select c.schoolYear, c.dueDate from Campaign c where c.id in (:ids)", Object[].class)
                .setParameter("ids", openYears(em)).getResultList());
        for (Object[] row : due) {
            int schoolYear = (Integer) row[0];
            if (!today.isAfter((LocalDate) row[1])) {
                continue;
            }
            int handedOn = 0;
            for (School school : schools.listSchools(SYSTEM)) {
                List<Long> ids = unconfirmed(SYSTEM, schoolYear, school.id()).stream().map(StudentSummary::id).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                handedOn += ids.size();
                for (UnconfirmedStudentListener listener : listeners) {
                    try {
                        listener.unconfirmedAtDeadline(schoolYear, school.id(), ids);
                    } catch (RuntimeException e) {
                        LOG.warn("unconfirmed students of school {} not taken by {}: {}", school.id(),
                                listener.getClass().getName(), e.toString());
                    }
                }
            }
            int count = handedOn;
            support.change(em -> em.createNativeQuery(
                    "update ENR_AUTUMN_REG set FOLLOWED_UP_AT = CURRENT_TIMESTAMP where SCHOOL_YEAR = ?")
                    .setParameter(1, schoolYear).executeUpdate(),
                    n -> AuditEvent.of(SYSTEM, "autumn-registration.follow-up", "school-year", schoolYear, null)
                            .withChanges(Map.of("unconfirmed", count, "listeners", listeners.size())));
        }
    }

    private static List<Long> openYears(EntityManager em) {
        List<Long> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("select CAMPAIGN_ID from ENR_AUTUMN_REG where FOLLOWED_UP_AT is null")
                .getResultList()) {
            ids.add(((Number) id).longValue());
        }
        if (ids.isEmpty()) {
            ids.add(-1L); // "in ()" is not SQL
        }
        return ids;
    }

    private static Optional<Long> campaignId(EntityManager em, int schoolYear) {
        List<?> ids = em.createNativeQuery("select CAMPAIGN_ID from ENR_AUTUMN_REG where SCHOOL_YEAR = ?")
                .setParameter(1, schoolYear).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    /** Who a school confirmed present in the registration's check, and which classes it covered. */
    record Confirmation(Set<Long> studentIds, Set<Long> classIds) {
        static final Confirmation NONE = new Confirmation(Set.of(), Set.of());
    }

    static Confirmation confirmation(EntityManager em, long campaignId, long schoolId, List<StudentSummary> records) {
        List<VerificationEntity> found = em.createQuery(
                "select v from Verification v where v.campaignId = :c and v.schoolId = :s", VerificationEntity.class)
                .setParameter("c", campaignId).setParameter("s", schoolId).getResultList();
        if (found.isEmpty() || found.get(0).comparedAt == null) {
            return Confirmation.NONE;
        }
        VerificationEntity v = found.get(0);
        if (VerificationServiceImpl.TICK.equals(v.rosterMode)) {
            // ticked mode: a roster row with a record's id is a student ticked present
            return new Confirmation(
                    new HashSet<>(em.createQuery("select r.studentId from RosterRow r where r.verificationId = :v "
                            + "and r.studentId is not null", Long.class).setParameter("v", v.id).getResultList()),
                    new HashSet<>(em.createQuery("select t.classId from TickedClass t where t.verificationId = :v",
                            Long.class).setParameter("v", v.id).getResultList()));
        }
        // uploaded roster: every record it matched, i.e. all but those found 籍在人不在
        Set<Long> absent = new HashSet<>(em.createQuery("select d.studentId from Discrepancy d where d.verificationId"
                + " = :v and d.kind = :k and d.studentId is not null", Long.class).setParameter("v", v.id)
                .setParameter("k", DiscrepancyKind.RECORD_WITHOUT_PERSON.name()).getResultList());
        Set<Long> present = new HashSet<>();
        Set<Long> classes = new HashSet<>();
        for (StudentSummary r : records) {
            if (!absent.contains(r.id())) {
                present.add(r.id());
            }
            if (r.classId() != null) {
                classes.add(r.classId());
            }
        }
        return new Confirmation(present, classes);
    }

    private static VerificationCampaign campaign(CampaignEntity e) {
        return new VerificationCampaign(e.id, e.schoolYear, e.semester, e.title, e.dueDate, e.openedAt, e.openedBy);
    }
}
