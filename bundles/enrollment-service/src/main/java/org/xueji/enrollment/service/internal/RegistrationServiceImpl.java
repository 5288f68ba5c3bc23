package org.xueji.enrollment.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.EnrollmentTopics;
import org.xueji.enrollment.api.GradeName;
import org.xueji.enrollment.api.NewRegistration;
import org.xueji.enrollment.api.RegistrationCheck;
import org.xueji.enrollment.api.RegistrationDeadline;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.enrollment.service.internal.entity.DeadlineEntity;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.EnrollmentPlan;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.IntakeCount;
import org.xueji.registry.api.RecordHolder;
import org.xueji.registry.api.RegistrationDetails;
import org.xueji.registry.api.School;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.SimilarStudent;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentValidator;

/** Registration of new students and its deadlines (R19); also the module's reminders (ReminderProvider). */
@Component(service = {RegistrationService.class, ReminderProvider.class})
public class RegistrationServiceImpl implements RegistrationService, ReminderProvider {


    static final int[] STARTING_GRADES = {1, 7};
    /** the shortest justification we accept for a suspected duplicate */
    static final int MIN_JUSTIFICATION = 5;

    private final Transactions tx;
    private final AuditTrail audit;
    private final DeniedAccess denied;
    private final Clock clock;
    private final StudentService students;
    private final SchoolService schools;
    private final SchoolYearService calendar;

    @Activate
    public RegistrationServiceImpl(@Reference(target = "(osgi.unit.name=xueji-enrollment)") EntityManagerFactory emf,
                                   @Reference AuditTrail audit, @Reference AuditService auditService,
                                   @Reference PlatformClock platformClock, @Reference StudentService students,
                                   @Reference SchoolService schools, @Reference SchoolYearService calendar) {
        this.tx = new Transactions(emf);
        this.audit = audit;
        this.denied = new DeniedAccess(auditService);
        this.clock = platformClock.clock();
        this.students = students;
        this.schools = schools;
        this.calendar = calendar;
    }

    @Override
    public RegistrationCheck check(Actor actor, StudentData input, int entryGrade) {
        return denied.guard(actor, "enrollment.check", "school", input.schoolId(), () -> checked(actor, input,
                entryGrade));
    }

    private RegistrationCheck checked(Actor actor, StudentData input, int entryGrade) {
        actor.require(Permission.EDIT_STUDENT);
        if (input.schoolId() != null) {
            actor.requireSchool(input.schoolId());
        }
        StudentData data = StudentValidator.normalise(input);
        RecordHolder heldBy = data.idType() == IdDocumentType.RESIDENT_ID && data.idNumber() != null
                ? students.idNumberHolder(actor, data.idNumber()).orElse(null) : null;
        List<SimilarStudent> similar = needsSimilarityCheck(data)
                ? students.similarStudents(actor, data.name(), data.sex(), data.birthDate()) : List.of();
        LocalDate due = data.entryYearMonth() == null ? null : dueDate(data, entryGrade);
        LocalDate today = LocalDate.now(clock);
        return new RegistrationCheck(heldBy, similar, kindFor(data), due, DueDates.late(today, due));
    }

    /** Without a resident ID number, a person is recognised by name, sex and birth date. */
    private static boolean needsSimilarityCheck(StudentData d) {
        return d.idType() != IdDocumentType.RESIDENT_ID && d.name() != null && d.sex() != null
                && d.birthDate() != null;
    }

    static StudentRegistryNumber.Kind kindFor(StudentData d) {
        if (d.idType() == IdDocumentType.RESIDENT_ID) {
            return StudentRegistryNumber.Kind.G;
        }
        return d.idType() == IdDocumentType.OTHER && (d.idNumber() == null || d.idNumber().isBlank())
                ? StudentRegistryNumber.Kind.J : StudentRegistryNumber.Kind.L;
    }

    @Override
    public Student register(Actor actor, NewRegistration registration) {
        StudentData data = StudentValidator.normalise(registration.student());
        return denied.guard(actor, "enrollment.register", "school", data.schoolId(), () -> {
            actor.require(Permission.EDIT_STUDENT);
            List<FieldError> errors = new ArrayList<>();
            if (registration.entryGrade() < 1 || registration.entryGrade() > 12) {
                errors.add(new FieldError("entryGrade", EnrollmentMessages.ENTRY_GRADE_INVALID));
            } else if (data.schoolId() != null) {
                errors.addAll(placementErrors(actor, data, registration.entryGrade()));
            }
            String justification = registration.duplicateJustification() == null ? ""
                    : registration.duplicateJustification().strip();
            if (needsSimilarityCheck(data)
                    && !students.similarStudents(actor, data.name(), data.sex(), data.birthDate()).isEmpty()
                    && justification.length() < MIN_JUSTIFICATION) {
                // D1: a suspected duplicate is saved only with a written reason, kept with the record
                errors.add(new FieldError("duplicateJustification", EnrollmentMessages.DUPLICATE_JUSTIFICATION_REQUIRED,
                        MIN_JUSTIFICATION));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            LocalDate due = data.entryYearMonth() == null ? null : dueDate(data, registration.entryGrade());
            boolean late = DueDates.late(LocalDate.now(clock), due);
            return students.register(actor, data, new RegistrationDetails(registration.entryGrade(), due, late,
                    justification.isEmpty() ? null : justification, null));
        });
    }

    /** The school must teach the entry grade, and a class given must be of that grade. */
    private List<FieldError> placementErrors(Actor actor, StudentData data, int entryGrade) {
        List<FieldError> errors = new ArrayList<>();
        School school = schools.getSchool(actor, data.schoolId());
        if (!school.type().teaches(entryGrade)) {
            errors.add(new FieldError("entryGrade", RegistryMessages.GRADE_NOT_TAUGHT, school.type().label(),
                    Grades.name(entryGrade)));
        }
        if (data.classId() != null) {
            SchoolClass c = schools.getClass(actor, data.classId());
            if (c.gradeLevel() != entryGrade) {
                errors.add(new FieldError("classId", EnrollmentMessages.CLASS_GRADE_MISMATCH, c.name(),
                        Grades.name(entryGrade)));
            }
        }
        return errors;
    }

    LocalDate dueDate(StudentData data, Integer entryGrade) {
        Map<Integer, Map<Integer, LocalDate>> cache = new HashMap<>();
        return DueDates.dueDate(data.entryYearMonth(), entryGrade, (year, grade) -> cache
                .computeIfAbsent(year, y -> deadlineMap(y)).get(grade));
    }

    private Map<Integer, LocalDate> deadlineMap(int schoolYear) {
        Map<Integer, LocalDate> result = new HashMap<>();
        for (RegistrationDeadline d : loadDeadlines(schoolYear)) {
            result.put(d.gradeLevel(), d.dueDate());
        }
        return result;
    }

    @Override
    public List<RegistrationDeadline> deadlines(Actor actor, int schoolYear) {
        actor.require(Permission.VIEW_SCHOOL);
        return loadDeadlines(schoolYear);
    }

    List<RegistrationDeadline> loadDeadlines(int schoolYear) {
        return tx.read(em -> {
            List<RegistrationDeadline> result = new ArrayList<>();
            for (int grade : STARTING_GRADES) {
                DeadlineEntity e = em.find(DeadlineEntity.class, new DeadlineEntity.Key(schoolYear, grade));
                result.add(e == null ? RegistrationDeadline.standard(schoolYear, grade)
                        : new RegistrationDeadline(schoolYear, grade, e.dueDate));
            }
            return result;
        });
    }

    @Override
    public RegistrationDeadline saveDeadline(Actor actor, RegistrationDeadline deadline) {
        return denied.guard(actor, "enrollment.deadline", "deadline", deadline.schoolYear(), () -> {
            actor.require(Permission.MANAGE_SCHOOL);
            if (!actor.isDistrictWide()) {
                throw new AccessDeniedException(EnrollmentMessages.DISTRICT_ONLY);
            }
            boolean startingGrade = deadline.gradeLevel() == 1 || deadline.gradeLevel() == 7;
            LocalDate due = deadline.dueDate();
            // a deadline belongs to its school year: from September to the next August
            if (!startingGrade || due == null || due.isBefore(LocalDate.of(deadline.schoolYear(), 9, 1))
                    || due.isAfter(LocalDate.of(deadline.schoolYear() + 1, 8, 31))) {
                throw new ValidationException(List.of(new FieldError("dueDate", EnrollmentMessages.DEADLINE_INVALID,
                        deadline.schoolYear(), deadline.schoolYear() + 1)));
            }
            return tx.inTransaction(em -> {
                DeadlineEntity e = em.find(DeadlineEntity.class,
                        new DeadlineEntity.Key(deadline.schoolYear(), deadline.gradeLevel()));
                LocalDate before = e == null ? RegistrationDeadline.standard(deadline.schoolYear(),
                        deadline.gradeLevel()).dueDate() : e.dueDate;
                if (e == null) {
                    e = new DeadlineEntity();
                    e.schoolYear = deadline.schoolYear();
                    e.gradeLevel = deadline.gradeLevel();
                    em.persist(e);
                }
                e.dueDate = due;
                e.updatedBy = actor.username();
                e.updatedAt = Instant.now(clock);
                em.flush();
                audit.append(em, AuditEvent.of(actor, "enrollment.deadline", "deadline",
                        deadline.schoolYear() + "-" + deadline.gradeLevel(), null)
                        .withChanges(Map.of("dueDate", List.of(before.toString(), due.toString()))));
                return deadline;
            });
        });
    }

    @Override
    public List<DeadlineProgress> progress(Actor actor, int schoolYear) {
        actor.require(Permission.VIEW_SCHOOL);
        LocalDate today = LocalDate.now(clock);
        List<School> inScope = schools.listSchools(actor);
        List<DeadlineProgress> result = new ArrayList<>();
        Map<Long, List<EnrollmentPlan>> plans = new HashMap<>();
        for (RegistrationDeadline deadline : loadDeadlines(schoolYear)) {
            Map<Long, IntakeCount> counts = new HashMap<>();
            students.intakeCounts(actor, deadline.gradeLevel(), schoolYear).forEach(c -> counts.put(c.schoolId(), c));
            long daysLeft = ChronoUnit.DAYS.between(today, deadline.dueDate());
            for (School school : inScope) {
                if (!school.type().teaches(deadline.gradeLevel())) {
                    continue;
                }
                int planned = plans.computeIfAbsent(school.id(), id -> schools.enrollmentPlans(actor, id)).stream()
                        .filter(p -> p.schoolYear() == schoolYear && p.gradeLevel() == deadline.gradeLevel())
                        .mapToInt(EnrollmentPlan::plannedStudents).sum();
                IntakeCount c = counts.getOrDefault(school.id(), new IntakeCount(school.id(), 0, 0));
                result.add(new DeadlineProgress(school.id(), school.name(), schoolYear, deadline.gradeLevel(),
                        deadline.dueDate(), planned, c.registered(), c.late(), daysLeft,
                        DeadlineProgress.statusOf(planned, c.registered(), daysLeft)));
            }
        }
        return result;
    }

    @Override
    public List<Reminder> reminders(Actor actor) {
        if (!actor.has(Permission.VIEW_SCHOOL)) {
            return List.of();
        }
        List<Reminder> result = new ArrayList<>();
        int year = currentSchoolYear();
        List<DeadlineProgress> progress = progress(actor, year);
        for (RegistrationDeadline deadline : loadDeadlines(year)) {
            List<DeadlineProgress> rows = progress.stream().filter(p -> p.gradeLevel() == deadline.gradeLevel())
                    .toList();
            long overdue = rows.stream().filter(p -> p.status() == DeadlineProgress.Status.OVERDUE).count();
            long soon = rows.stream().filter(p -> p.status() == DeadlineProgress.Status.DUE_SOON).count();
            GradeName grade = GradeName.of(deadline.gradeLevel());
            if (actor.isDistrictWide()) {
                if (overdue > 0) {
                    result.add(new Reminder(Reminder.Severity.OVERDUE, EnrollmentMessages.REMINDER_SCHOOLS_OVERDUE,
                            List.of(overdue, grade, deadline.dueDate()), deadline.dueDate(), EnrollmentTopics.DEADLINES));
                } else if (soon > 0) {
                    result.add(new Reminder(Reminder.Severity.WARNING, EnrollmentMessages.REMINDER_SCHOOLS_DUE_SOON,
                            List.of(soon, grade, deadline.dueDate()), deadline.dueDate(), EnrollmentTopics.DEADLINES));
                }
            } else {
                for (DeadlineProgress p : rows) {
                    if (p.status() == DeadlineProgress.Status.OVERDUE) {
                        result.add(new Reminder(Reminder.Severity.OVERDUE, EnrollmentMessages.REMINDER_OWN_OVERDUE,
                                List.of(grade, p.dueDate(), p.registered(), p.planned()), p.dueDate(), EnrollmentTopics.REGISTER));
                    } else if (p.status() != DeadlineProgress.Status.COMPLETE && p.daysLeft() <= 30) {
                        result.add(new Reminder(p.status() == DeadlineProgress.Status.DUE_SOON ? Reminder.Severity.WARNING
                                : Reminder.Severity.INFO, EnrollmentMessages.REMINDER_OWN_DAYS_LEFT,
                                List.of(grade, p.daysLeft(), p.dueDate(), p.registered(), p.planned()), p.dueDate(),
                                EnrollmentTopics.REGISTER));
                    }
                }
            }
        }
        result.addAll(verificationReminders(actor));
        return result;
    }

    /** Open 人籍一致 checks of the actor's school whose campaign is not yet closed by it (R18). */
    private List<Reminder> verificationReminders(Actor actor) {
        if (actor.isDistrictWide() || actor.schoolId() == null || !actor.has(Permission.EDIT_STUDENT)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return tx.read(em -> {
            List<Reminder> result = new ArrayList<>();
            for (Object[] row : em.createQuery("select c.title, c.dueDate from Campaign c where c.dueDate >= :today"
                            + " and not exists (select v.id from Verification v where v.campaignId = c.id"
                            + " and v.schoolId = :school and v.status = 'CLOSED') order by c.dueDate", Object[].class)
                    .setParameter("today", today.minusDays(30)).setParameter("school", actor.schoolId())
                    .getResultList()) {
                LocalDate due = (LocalDate) row[1];
                result.add(new Reminder(due.isBefore(today) ? Reminder.Severity.OVERDUE : Reminder.Severity.WARNING,
                        EnrollmentMessages.REMINDER_VERIFICATION_OPEN, List.of(row[0], due), due, EnrollmentTopics.VERIFICATION));
            }
            return result;
        });
    }

    @Override
    public int currentSchoolYear() {
        // the registry's calendar (issue 15): the district's dates, or its defaults; the summer break belongs to the ending year
        return calendar.schoolYearOf(LocalDate.now(clock)).startYear();
    }
}
