package org.xueji.enrollment.service.internal;

import java.time.Duration;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.EnrollmentTopics;
import org.xueji.enrollment.api.Grade9Escalation;
import org.xueji.enrollment.api.Grade9EscalationService;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.SchoolRoleHolders;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.platform.api.lease.JobLeases;
import org.xueji.platform.persistence.PeriodicJob;

/**
 * R18 before the 中考 (issue 15). A daily job: from {@code leadWorkingDays} working days
 * before the school year's 中考 date up to that date, each school with grade-9 cases (students
 * at school without a valid record, records not confirmed present in the autumn registration)
 * gets one escalation row a day naming its principal and registrar; the principal, the
 * registrar and the district see it as a reminder that day. After the 中考 date each case
 * still open is posted to the ledger (once: the post's reference). The job also hands on the
 * autumn registration's unconfirmed students after its deadline.
 */
@Component(service = {Grade9EscalationService.class, ReminderProvider.class},
        configurationPid = "org.xueji.enrollment.escalation")
@Designate(ocd = Grade9EscalationConfig.class)
public class Grade9EscalationImpl implements Grade9EscalationService, ReminderProvider {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Grade9EscalationImpl.class);
    private static final Actor SYSTEM = Actor.system("grade9-escalation");
    static final String NO_RECORD = "NO_RECORD";
    static final String NOT_CONFIRMED = "NOT_CONFIRMED";

    private final ModuleSupport support;
    private final SchoolYearService schoolYears;
    private final WorkingDayCalendar workingDays;
    private final AccountService accounts;
    private final SchoolService schools;
    private final AutumnRegistrationServiceImpl registration;
    private final int leadWorkingDays;
    private PeriodicJob scheduler;

    /** The ledger, when installed: cases left after the 中考. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile LedgerService ledger;

    @Activate
    public Grade9EscalationImpl(@Reference(target = "(osgi.unit.name=xueji-enrollment)") EntityManagerFactory emf,
                                @Reference AuditTrail auditTrail, @Reference AuditService auditService,
                                @Reference PlatformClock clock, @Reference SchoolYearService schoolYears,
                                @Reference WorkingDayCalendar workingDays, @Reference AccountService accounts,
                                @Reference SchoolService schools,
                                @Reference AutumnRegistrationServiceImpl registration, @Reference JobLeases leases,
                                Grade9EscalationConfig config) {
        this(new ModuleSupport(emf, auditTrail, auditService, clock), schoolYears, workingDays, accounts, schools,
                registration, config.leadWorkingDays());
        int every = Math.max(1, config.checkMinutes());
        scheduler = PeriodicJob.start("xueji-grade9-escalation", Duration.ofMinutes(1), Duration.ofMinutes(every),
                leases, this::runSafely);
    }

    Grade9EscalationImpl(ModuleSupport support, SchoolYearService schoolYears, WorkingDayCalendar workingDays,
                         AccountService accounts, SchoolService schools, AutumnRegistrationServiceImpl registration,
                         int leadWorkingDays) {
        this.support = support;
        this.schoolYears = schoolYears;
        this.workingDays = workingDays;
        this.accounts = accounts;
        this.schools = schools;
        this.registration = registration;
        this.leadWorkingDays = Math.max(0, leadWorkingDays);
    }

    @Deactivate
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    private void runSafely() {
        try {
            run(support.today());
        } catch (RuntimeException e) {
            LOG.warn("grade-9 escalation check failed: {}", e.toString());
        }
    }

    /** The first day of the escalation: the {@code leadWorkingDays}-th working day before the 中考. */
    LocalDate windowStart(LocalDate zhongkao) {
        LocalDate day = zhongkao;
        for (int counted = 0; counted < leadWorkingDays; ) {
            day = day.minusDays(1);
            if (workingDays.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** One run of the daily job for {@code today}; running it again the same day changes nothing. */
    void run(LocalDate today) {
        registration.followUp(today);
        SchoolYearDates year = schoolYears.schoolYearOf(today);
        LocalDate zhongkao = year.zhongkaoDate();
        LocalDate from;
        try {
            from = windowStart(zhongkao);
        } catch (CalendarYearMissingException e) {
            LOG.warn("grade-9 escalation not computed: {}", e.toString()); // never guessed (D2)
            return;
        }
        if (today.isBefore(from)) {
            return;
        }
        Map<Long, SchoolRoleHolders> holders = new java.util.HashMap<>();
        accounts.schoolRoleHolders(SYSTEM).forEach(h -> holders.put(h.schoolId(), h));
        // the hourly checks of a day after the first: schools escalated today are not computed again
        java.util.Set<Long> doneToday = new java.util.HashSet<>();
        if (!today.isAfter(zhongkao)) {
            support.transactions().read(em -> em.createNativeQuery(
                    "select SCHOOL_ID from ENR_GRADE9_ESCALATION where DAY = ?").setParameter(1, Date.valueOf(today))
                    .getResultList()).forEach(id -> doneToday.add(((Number) id).longValue()));
        }
        for (School school : schools.listSchools(SYSTEM)) {
            if (!school.type().teaches(9) || doneToday.contains(school.id())) {
                continue;
            }
            List<Long> notConfirmed = registration.unconfirmed(SYSTEM, year.startYear(), school.id()).stream()
                    .filter(s -> Integer.valueOf(9).equals(s.gradeLevel())).map(StudentSummary::id).toList();
            List<Long> withoutRecord = support.transactions().read(em -> withoutRecord(em, year.startYear(),
                    school.id()));
            if (notConfirmed.isEmpty() && withoutRecord.isEmpty()) {
                continue;
            }
            SchoolRoleHolders h = holders.get(school.id());
            String principals = names(h == null ? List.of() : h.principals());
            String registrars = names(h == null ? List.of() : h.registrars());
            if (!today.isAfter(zhongkao)) {
                escalate(school.id(), today, zhongkao, withoutRecord.size(), notConfirmed.size(), principals,
                        registrars);
            } else {
                postToLedger(school.id(), year.startYear(), today, zhongkao, withoutRecord, notConfirmed, principals,
                        registrars);
            }
        }
    }

    /** Unresolved 人在籍不在 findings of grade 9 in the school's latest compared check of the year. */
    private static List<Long> withoutRecord(EntityManager em, int schoolYear, long schoolId) {
        List<Long> latest = em.createQuery("select v.id from Verification v, Campaign c where v.campaignId = c.id "
                + "and c.schoolYear = :y and v.schoolId = :s and v.comparedAt is not null order by v.comparedAt desc",
                Long.class).setParameter("y", schoolYear).setParameter("s", schoolId).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d.id from Discrepancy d where d.verificationId = :v and d.kind = :k "
                + "and d.gradeLevel = 9 and d.resolution is null order by d.id", Long.class)
                .setParameter("v", latest.get(0)).setParameter("k", DiscrepancyKind.PERSON_WITHOUT_RECORD.name())
                .getResultList();
    }

    private void escalate(long schoolId, LocalDate today, LocalDate zhongkao, int withoutRecord, int notConfirmed,
                          String principals, String registrars) {
        support.transactions().inTransaction(em -> {
            Number done = (Number) em.createNativeQuery(
                    "select count(*) from ENR_GRADE9_ESCALATION where SCHOOL_ID = ? and DAY = ?")
                    .setParameter(1, schoolId).setParameter(2, Date.valueOf(today)).getSingleResult();
            if (done.longValue() > 0) {
                return null; // today's escalation is out already
            }
            em.createNativeQuery("insert into ENR_GRADE9_ESCALATION (SCHOOL_ID, DAY, ZHONGKAO_DATE, WITHOUT_RECORD,"
                    + " NOT_CONFIRMED, PRINCIPALS, REGISTRARS) values (?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, schoolId).setParameter(2, Date.valueOf(today))
                    .setParameter(3, Date.valueOf(zhongkao)).setParameter(4, withoutRecord)
                    .setParameter(5, notConfirmed).setParameter(6, principals).setParameter(7, registrars)
                    .executeUpdate();
            support.audit(em, AuditEvent.of(SYSTEM, "grade9.escalate", "school", schoolId, schoolId)
                    .withChanges(Map.of("day", today.toString(), "zhongkao", zhongkao.toString(),
                            "withoutRecord", withoutRecord, "notConfirmed", notConfirmed,
                            "principals", principals, "registrars", registrars)));
            return null;
        });
    }

    private void postToLedger(long schoolId, int schoolYear, LocalDate today, LocalDate zhongkao,
                              List<Long> withoutRecord, List<Long> notConfirmed, String principals,
                              String registrars) {
        LedgerService ledgerNow = ledger;
        if (ledgerNow == null) {
            return; // posted on a later day, when the ledger is installed (the reference keeps it single)
        }
        List<IncidentPost> posts = new ArrayList<>();
        for (Long discrepancyId : withoutRecord) {
            posts.add(post(schoolId, today, zhongkao, NO_RECORD, null, principals, registrars,
                    "grade9-zhongkao#" + schoolYear + "/d" + discrepancyId));
        }
        for (Long studentId : notConfirmed) {
            posts.add(post(schoolId, today, zhongkao, NOT_CONFIRMED, studentId, principals, registrars,
                    "grade9-zhongkao#" + schoolYear + "/s" + studentId));
        }
        for (IncidentPost p : posts) {
            try {
                ledgerNow.post(SYSTEM, p);
            } catch (RuntimeException e) {
                LOG.warn("grade-9 ledger entry {} not posted: {}", p.reference(), e.toString());
            }
        }
    }

    private static IncidentPost post(long schoolId, LocalDate today, LocalDate zhongkao, String kind, Long studentId,
                                     String principals, String registrars, String reference) {
        return new IncidentPost(IncidentType.OTHER, "enrollment", schoolId, today,
                IncidentText.R18_GRADE9_AFTER_ZHONGKAO,
                List.of(kind, zhongkao.toString(), principals, registrars), studentId, reference);
    }

    /** Account names (not personal names) of the people escalated to; "—" when the school named nobody (R6). */
    private static String names(List<Account> holders) {
        String joined = String.join(",", holders.stream().map(Account::username).sorted().toList());
        return joined.isEmpty() ? "—" : abbreviate(joined);
    }

    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }

    @Override
    public List<Grade9Escalation> escalations(Actor actor, LocalDate day) {
        actor.require(Permission.VIEW_STUDENT);
        return support.transactions().read(em -> {
            List<Object[]> rows = actor.isDistrictWide()
                    ? em.createNativeQuery("select SCHOOL_ID, DAY, ZHONGKAO_DATE, WITHOUT_RECORD, NOT_CONFIRMED, "
                            + "PRINCIPALS, REGISTRARS from ENR_GRADE9_ESCALATION where DAY = ? order by SCHOOL_ID")
                            .setParameter(1, Date.valueOf(day)).getResultList()
                    : em.createNativeQuery("select SCHOOL_ID, DAY, ZHONGKAO_DATE, WITHOUT_RECORD, NOT_CONFIRMED, "
                            + "PRINCIPALS, REGISTRARS from ENR_GRADE9_ESCALATION where DAY = ? and SCHOOL_ID = ?")
                            .setParameter(1, Date.valueOf(day)).setParameter(2, actor.schoolId()).getResultList();
            return rows.stream().map(r -> new Grade9Escalation(((Number) r[0]).longValue(), localDate(r[1]),
                    localDate(r[2]), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), split(r[5]),
                    split(r[6]))).toList();
        });
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static List<String> split(Object value) {
        return value == null || "—".equals(value) ? List.of() : List.of(((String) value).split(","));
    }

    /**
     * Today's escalation: for a principal, leader or registrar of the school its own cases and
     * who is responsible; for district accounts the number of schools and cases.
     */
    @Override
    public List<Reminder> reminders(Actor actor) {
        if (!actor.has(Permission.VIEW_STUDENT) || actor.isClassScoped()) {
            return List.of();
        }
        List<Grade9Escalation> today = escalations(actor, support.today());
        if (today.isEmpty()) {
            return List.of();
        }
        LocalDate zhongkao = today.get(0).zhongkaoDate();
        if (actor.isDistrictWide()) {
            int cases = today.stream().mapToInt(Grade9Escalation::cases).sum();
            return List.of(new Reminder(Reminder.Severity.OVERDUE, EnrollmentMessages.REMINDER_GRADE9_DISTRICT,
                    List.of(today.size(), cases, zhongkao.toString()), zhongkao, EnrollmentTopics.VERIFICATION));
        }
        Grade9Escalation own = today.get(0);
        return List.of(new Reminder(Reminder.Severity.OVERDUE, EnrollmentMessages.REMINDER_GRADE9_SCHOOL,
                List.of(own.withoutRecord(), own.notConfirmed(), zhongkao.toString(),
                        own.principals().isEmpty() ? "—" : String.join("、", own.principals()),
                        own.registrars().isEmpty() ? "—" : String.join("、", own.registrars())),
                zhongkao, EnrollmentTopics.VERIFICATION));
    }
}
