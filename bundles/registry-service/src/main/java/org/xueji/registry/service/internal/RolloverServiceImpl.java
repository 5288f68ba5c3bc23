package org.xueji.registry.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.BatchControl;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.RolloverMessages;
import org.xueji.registry.api.RolloverPlan;
import org.xueji.registry.api.RolloverPlan.SchoolRollover;
import org.xueji.registry.api.RolloverResult;
import org.xueji.registry.api.RolloverService;
import org.xueji.registry.api.StudentStanding;
import org.xueji.registry.service.internal.entity.RolloverEntity;
import org.xueji.registry.service.internal.entity.SchoolEntity;
import org.xueji.registry.service.internal.entity.SchoolYearEntity;
import org.xueji.registry.service.internal.entity.StudentEntity;

/** The year-end rollover (issue 15); the work on one school is {@link YearRollover}. */
@Component(service = RolloverService.class, configurationPid = "org.xueji.registry")
public class RolloverServiceImpl implements RolloverService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RolloverServiceImpl.class);

    private final ModuleSupport support;
    private final RegistryConfig config;
    /** One rollover at a time in this installation: two would race for the same classes. */
    private final AtomicBoolean running = new AtomicBoolean();

    @Activate
    public RolloverServiceImpl(@Reference(target = "(osgi.unit.name=xueji-registry)") EntityManagerFactory emf,
                               @Reference AuditTrail audit, @Reference AuditService auditService,
                               @Reference PlatformClock clock, RegistryConfig config) {
        this.support = new ModuleSupport(emf, audit, auditService, clock);
        this.config = config;
    }

    @Override
    public RolloverPlan plan(Actor actor, int schoolYear, Long schoolId) {
        return support.guard(actor, "rollover.plan", "school", schoolId, () -> {
            requireDistrict(actor);
            return support.transactions().read(em -> {
                LocalDate end = yearEnd(em, schoolYear);
                List<SchoolRollover> schools = new ArrayList<>();
                for (SchoolEntity s : schools(em, schoolId)) {
                    schools.add(YearRollover.of(em, s, schoolYear).plan());
                }
                return new RolloverPlan(schoolYear, support.today().isAfter(end), schools);
            });
        });
    }

    @Override
    public RolloverResult run(Actor actor, int schoolYear, Long schoolId, BatchControl control) {
        return support.guard(actor, "rollover.run", "school", schoolId, () -> {
            requireDistrict(actor);
            if (!running.compareAndSet(false, true)) {
                throw new DomainException(RolloverMessages.ROLLOVER_ALREADY_RUNNING);
            }
            try {
                return runAlone(actor, schoolYear, schoolId, control == null ? BatchControl.NONE : control);
            } finally {
                running.set(false);
            }
        });
    }

    private RolloverResult runAlone(Actor actor, int schoolYear, Long schoolId, BatchControl control) {
        RolloverPlan plan = support.transactions().read(em -> {
            LocalDate end = yearEnd(em, schoolYear);
            if (!support.today().isAfter(end)) {
                throw new DomainException(RolloverMessages.ROLLOVER_YEAR_NOT_ENDED,
                        YearRollover.yearLabel(schoolYear), end);
            }
            List<SchoolRollover> schools = new ArrayList<>();
            for (SchoolEntity s : schools(em, schoolId)) {
                schools.add(YearRollover.of(em, s, schoolYear).plan());
            }
            return new RolloverPlan(schoolYear, true, schools);
        });
        // a selected school that cannot be rolled over refuses the whole run: nothing changes
        if (!plan.refused().isEmpty()) {
            throw new DomainException(RolloverMessages.ROLLOVER_SCHOOLS_REFUSED,
                    plan.refused().get(0).schoolName(), plan.refused().size());
        }
        int skipped = (int) plan.schools().stream().filter(SchoolRollover::done).count();
        int rolled = 0;
        int movedUp = 0;
        int graduated = 0;
        int repeating = 0;
        int created = 0;
        int[] before = {0};
        for (SchoolRollover s : plan.pending()) {
            if (control.stopRequested().getAsBoolean()) {
                throw new org.xueji.registry.api.BatchStoppedException(before[0]);
            }
            int base = before[0];
            // one transaction per school: the school and its audit row commit together or not at all
            RolloverEntity done = support.change(em -> {
                SchoolEntity school = em.find(SchoolEntity.class, s.schoolId());
                return YearRollover.of(em, school, schoolYear).run(support.now(), control.stopRequested(),
                        n -> control.stored().accept(base + n), config.classCap());
            }, d -> AuditEvent.of(actor, "rollover.school", "school", d.schoolId, d.schoolId)
                    .withChanges(counts(d)));
            before[0] = base + s.movingUp() + s.graduating() + s.repeating();
            control.stored().accept(before[0]);
            rolled++;
            movedUp += done.movedUp;
            graduated += done.graduated;
            repeating += done.repeating;
            created += done.classesCreated;
            LOG.info("rollover {}: school {} done ({} up, {} graduated, {} repeating)", schoolYear, s.schoolCode(),
                    done.movedUp, done.graduated, done.repeating);
        }
        return new RolloverResult(schoolYear, rolled, skipped, movedUp, graduated, repeating, created);
    }

    @Override
    public StudentStanding markRepeating(Actor actor, long studentId, int schoolYear, boolean repeating) {
        StudentEntity marked = support.guard(actor, "student.repeat", "student", studentId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            return support.change(em -> {
                StudentEntity s = studentInScope(em, actor, studentId);
                yearEnd(em, schoolYear);
                if (s.graduatedYear != null) {
                    throw new DomainException(RolloverMessages.STUDENT_GRADUATED);
                }
                if (em.find(RolloverEntity.class, new RolloverEntity.Key(s.schoolId, schoolYear)) != null) {
                    throw new DomainException(RolloverMessages.ROLLOVER_ALREADY_DONE,
                            YearRollover.yearLabel(schoolYear));
                }
                if (repeating) {
                    s.repeatYear = schoolYear;
                } else if (Integer.valueOf(schoolYear).equals(s.repeatYear)) {
                    s.repeatYear = null;
                }
                s.updatedAt = support.now();
                em.flush();
                return s;
            }, s -> AuditEvent.of(actor, "student.repeat", "student", s.id, s.schoolId)
                    .withChanges(Map.of("schoolYear", schoolYear, "repeating", repeating)));
        });
        return standing(marked);
    }

    @Override
    public StudentStanding standing(Actor actor, long studentId) {
        return support.guard(actor, "student.standing", "student", studentId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return support.transactions().read(em -> standing(studentInScope(em, actor, studentId)));
        });
    }

    private static StudentStanding standing(StudentEntity s) {
        return new StudentStanding(s.id, s.graduatedYear, s.repeatYear);
    }

    private static StudentEntity studentInScope(EntityManager em, Actor actor, long studentId) {
        StudentEntity s = em.find(StudentEntity.class, studentId);
        if (s == null) {
            throw new NotFoundException(RegistryMessages.STUDENT_NOT_FOUND, studentId);
        }
        actor.requireScope(s.schoolId, s.classId);
        return s;
    }

    /** The rollover changes every school's classes: the district's registry administrators only. */
    private static void requireDistrict(Actor actor) {
        actor.require(Permission.MANAGE_SCHOOL);
        actor.requireSchool(null);
    }

    /** The last day of the school year; refused when the year has no dates. */
    private static LocalDate yearEnd(EntityManager em, int schoolYear) {
        SchoolYearEntity y = em.find(SchoolYearEntity.class, schoolYear);
        if (y == null) {
            throw new DomainException(RolloverMessages.ROLLOVER_YEAR_UNKNOWN, YearRollover.yearLabel(schoolYear));
        }
        return y.secondEnd;
    }

    private static List<SchoolEntity> schools(EntityManager em, Long schoolId) {
        if (schoolId != null) {
            return List.of(SchoolServiceImpl.findSchool(em, schoolId));
        }
        return em.createQuery("select s from School s order by s.code", SchoolEntity.class).getResultList();
    }

    private static Map<String, Object> counts(RolloverEntity d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("schoolYear", d.schoolYear);
        c.put("movedUp", d.movedUp);
        c.put("graduated", d.graduated);
        c.put("repeating", d.repeating);
        c.put("classesCreated", d.classesCreated);
        return c;
    }
}
