package org.xueji.registry.service.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.Transactions;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.EnrollmentPlan;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.RegistryCounts;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.service.internal.entity.EnrollmentPlanEntity;
import org.xueji.registry.service.internal.entity.SchoolClassEntity;
import org.xueji.registry.service.internal.entity.SchoolEntity;
import org.xueji.registry.service.internal.entity.SchoolYearEntity;

@Component(service = SchoolService.class, configurationPid = "org.xueji.registry")
@Designate(ocd = RegistryConfig.class)
public class SchoolServiceImpl implements SchoolService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SchoolServiceImpl.class);

    private final Transactions tx;
    private final AuditTrail audit;
    private final DeniedAccess denied;
    private volatile RegistryConfig config;

    @Activate
    public SchoolServiceImpl(@Reference(target = "(osgi.unit.name=xueji-registry)") EntityManagerFactory emf,
                             @Reference AuditTrail audit, @Reference AuditService auditService,
                             @Reference PlatformClock clock, RegistryConfig config) {
        this.clock = clock;
        this.tx = new Transactions(emf);
        this.audit = audit;
        this.denied = new DeniedAccess(auditService);
        this.config = config;
    }

    @Modified
    void modified(RegistryConfig newConfig) {
        this.config = newConfig;
    }

    @Override
    public int classCap() {
        return config.classCap();
    }

    @Override
    public List<School> listSchools(Actor actor) {
        actor.require(Permission.VIEW_SCHOOL);
        return tx.read(em -> {
            TypedQuery<SchoolEntity> q = actor.isDistrictWide()
                    ? em.createQuery("select s from School s order by s.code", SchoolEntity.class)
                    : em.createQuery("select s from School s where s.id = :id", SchoolEntity.class)
                        .setParameter("id", actor.schoolId());
            return q.getResultList().stream().map(SchoolServiceImpl::toSchool).toList();
        });
    }

    @Override
    public School getSchool(Actor actor, long schoolId) {
        return denied.guard(actor, "school.view", "school", schoolId, () -> {
            actor.require(Permission.VIEW_SCHOOL);
            actor.requireSchool(schoolId);
            return tx.read(em -> toSchool(findSchool(em, schoolId)));
        });
    }

    @Override
    public School createSchool(Actor actor, SchoolData data) {
        actor.require(Permission.MANAGE_SCHOOL);
        actor.requireSchool(null);
        validate(data);
        return tx.inTransaction(em -> {
            refuseDuplicateCode(em, data.code(), null);
            SchoolEntity e = new SchoolEntity();
            copy(data, e);
            em.persist(e);
            em.flush();
            audit.append(em, AuditEvent.of(actor, "school.create", "school", e.id, e.id)
                    .withChanges(RecordDiff.values(data)));
            return toSchool(e);
        });
    }

    @Override
    public School updateSchool(Actor actor, long schoolId, SchoolData data) {
        return denied.guard(actor, "school.update", "school", schoolId, () -> {
            actor.require(Permission.MANAGE_SCHOOL);
            actor.requireSchool(schoolId);
            validate(data);
            return tx.inTransaction(em -> {
                SchoolEntity e = findSchool(em, schoolId);
                refuseDuplicateCode(em, data.code(), schoolId);
                School before = toSchool(e);
                copy(data, e);
                em.flush();
                audit.append(em, AuditEvent.of(actor, "school.update", "school", e.id, e.id)
                        .withChanges(RecordDiff.changes(before, toSchool(e))));
                return toSchool(e);
            });
        });
    }

    @Override
    public List<SchoolYear> listSchoolYears(Actor actor) {
        actor.require(Permission.VIEW_SCHOOL);
        return tx.read(em -> em.createQuery("select y from SchoolYear y order by y.startYear desc",
                SchoolYearEntity.class).getResultList().stream()
                .map(y -> new SchoolYear(y.startYear, y.firstStart, y.firstEnd, y.secondStart, y.secondEnd))
                .toList());
    }

    @Override
    public SchoolYear saveSchoolYear(Actor actor, SchoolYear y) {
        actor.require(Permission.MANAGE_SCHOOL);
        actor.requireSchool(null);
        if (!y.firstSemesterStart().isBefore(y.firstSemesterEnd())
                || !y.firstSemesterEnd().isBefore(y.secondSemesterStart())
                || !y.secondSemesterStart().isBefore(y.secondSemesterEnd())
                || y.firstSemesterStart().getYear() != y.startYear()) {
            throw new DomainException(RegistryMessages.SCHOOL_YEAR_INVALID);
        }
        return tx.inTransaction(em -> {
            SchoolYearEntity existing = em.find(SchoolYearEntity.class, y.startYear());
            SchoolYearEntity e = existing == null ? new SchoolYearEntity() : existing;
            e.startYear = y.startYear();
            e.firstStart = y.firstSemesterStart();
            e.firstEnd = y.firstSemesterEnd();
            e.secondStart = y.secondSemesterStart();
            e.secondEnd = y.secondSemesterEnd();
            if (existing == null) {
                em.persist(e);
            }
            audit.append(em, AuditEvent.of(actor, "school-year.save", "school-year", y.startYear(), null)
                    .withChanges(RecordDiff.values(y)));
            return y;
        });
    }

    @Override
    public List<SchoolClass> listClasses(Actor actor, long schoolId) {
        return denied.guard(actor, "class.list", "school", schoolId, () -> {
            actor.require(Permission.VIEW_SCHOOL);
            actor.requireSchool(schoolId);
            return tx.read(em -> em.createQuery(
                            "select c from SchoolClass c where c.schoolId = :s and c.closedYear = 0"
                                    + " order by c.gradeLevel, c.classNumber",
                            SchoolClassEntity.class)
                    .setParameter("s", schoolId).getResultList().stream().map(SchoolServiceImpl::toClass).toList());
        });
    }

    @Override
    public SchoolClass getClass(Actor actor, long classId) {
        return denied.guard(actor, "class.view", "class", classId, () -> {
            actor.require(Permission.VIEW_SCHOOL);
            return tx.read(em -> {
                SchoolClassEntity c = em.find(SchoolClassEntity.class, classId);
                if (c == null) {
                    throw new NotFoundException(RegistryMessages.CLASS_NOT_FOUND, classId);
                }
                actor.requireSchool(c.schoolId);
                return toClass(c);
            });
        });
    }

    @Override
    public SchoolClass createClass(Actor actor, long schoolId, ClassData data) {
        return denied.guard(actor, "class.create", "school", schoolId, () -> {
            actor.require(Permission.MANAGE_SCHOOL);
            actor.requireSchool(schoolId);
            List<FieldError> errors = new ArrayList<>();
            if (data.capacity() < 1 || data.capacity() > 100) {
                errors.add(new FieldError("capacity", RegistryMessages.CAPACITY_INVALID, 100));
            }
            ClassCapRule.checkCapacity(errors, data.gradeLevel(), data.capacity(), config.classCap());
            if (data.classNumber() < 1 || data.classNumber() > 99) {
                errors.add(new FieldError("classNumber", org.xueji.platform.api.PlatformMessages.REQUIRED));
            }
            StudentValidator.text(errors, "headTeacher", data.headTeacher(), StudentValidator.NAME_MAX, false);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return tx.inTransaction(em -> {
                SchoolEntity school = findSchool(em, schoolId);
                SchoolType type = SchoolType.valueOf(school.schoolType);
                if (data.gradeLevel() < 1 || data.gradeLevel() > 12 || !type.teaches(data.gradeLevel())) {
                    throw new DomainException(RegistryMessages.GRADE_NOT_TAUGHT, type.label(),
                            data.gradeLevel() >= 1 && data.gradeLevel() <= 12 ? Grades.name(data.gradeLevel())
                                    : String.valueOf(data.gradeLevel()));
                }
                Long existing = em.createQuery("select count(c) from SchoolClass c where c.schoolId = :s "
                        + "and c.gradeLevel = :g and c.classNumber = :n and c.closedYear = 0", Long.class)
                        .setParameter("s", schoolId).setParameter("g", data.gradeLevel())
                        .setParameter("n", data.classNumber()).getSingleResult();
                if (existing > 0) {
                    throw new DomainException(RegistryMessages.DUPLICATE_CLASS,
                            Grades.className(data.gradeLevel(), data.classNumber()));
                }
                SchoolClassEntity c = new SchoolClassEntity();
                c.schoolId = schoolId;
                c.gradeLevel = data.gradeLevel();
                c.classNumber = data.classNumber();
                c.entryYear = data.entryYear();
                c.capacity = data.capacity();
                c.headTeacher = data.headTeacher() == null ? null : data.headTeacher().strip();
                em.persist(c);
                em.flush();
                audit.append(em, AuditEvent.of(actor, "class.create", "class", c.id, schoolId)
                        .withChanges(RecordDiff.values(data)));
                return toClass(c);
            });
        });
    }

    /** The most places above the cap a district grant may add to one class. */
    static final int MAX_EXTRA_PLACES = 10;

    /** The ledger, when installed: a grant above the cap is an R16 entry of the school's ledger. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile LedgerService ledger;

    private final PlatformClock clock;

    @Override
    public SchoolClass grantExtraPlaces(Actor actor, long classId, int places, String reason) {
        SchoolClass granted = grant(actor, classId, places, reason);
        LedgerService ledgerNow = ledger;
        if (ledgerNow != null && places > 0) {
            // after the commit: the grant stands even if the ledger refuses (logged, not shown as a failed
            // grant); its reference makes a later post of the same grant harmless
            try {
                ledgerNow.post(actor, new IncidentPost(IncidentType.R16_CLASS_SIZE, "registry", granted.schoolId(),
                        clock.today(), IncidentText.R16_CLASS_OVER_CAP,
                        List.of(String.valueOf(classId), String.valueOf(config.classCap() + places),
                                String.valueOf(config.classCap())),
                        null, "class-extra-places#" + classId + "/" + places));
            } catch (RuntimeException e) {
                LOG.warn("R16 ledger entry for the extra places of class {} not posted: {}", classId, e.toString());
            }
        }
        return granted;
    }

    private SchoolClass grant(Actor actor, long classId, int places, String reason) {
        return denied.guard(actor, "class.extra-places", "class", classId, () -> {
            actor.require(Permission.MANAGE_SCHOOL);
            if (!actor.isDistrictWide()) {
                throw new AccessDeniedException(RegistryMessages.EXTRA_PLACES_DISTRICT_ONLY);
            }
            List<FieldError> errors = new ArrayList<>();
            if (places < 0 || places > MAX_EXTRA_PLACES) {
                errors.add(new FieldError("places", RegistryMessages.EXTRA_PLACES_INVALID, MAX_EXTRA_PLACES));
            }
            String why = reason == null ? "" : reason.strip();
            if (places > 0 && why.codePointCount(0, why.length()) < 5) {
                errors.add(new FieldError("reason", RegistryMessages.EXTRA_PLACES_REASON_REQUIRED));
            }
            StudentValidator.text(errors, "reason", why.isEmpty() ? null : why, 500, false);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return tx.inTransaction(em -> {
                SchoolClassEntity c = em.find(SchoolClassEntity.class, classId);
                if (c == null) {
                    throw new NotFoundException(RegistryMessages.CLASS_NOT_FOUND, classId);
                }
                if (!Grades.isStartingGrade(c.gradeLevel)) {
                    throw new DomainException(RegistryMessages.EXTRA_PLACES_NOT_STARTING_GRADE);
                }
                int before = c.extraPlaces;
                c.extraPlaces = places;
                c.extraPlacesReason = places == 0 ? null : why;
                em.flush();
                // the reason is the bureau's written justification, not personal data
                audit.append(em, AuditEvent.of(actor, "class.extra-places", "class", c.id, c.schoolId)
                        .withChanges(Map.of("extraPlaces", List.of(before, places), "reason", why)));
                return toClass(c);
            });
        });
    }

    @Override
    public List<ClassSize> classSizes(Actor actor, Long schoolId, Integer gradeLevel) {
        return denied.guard(actor, "class.sizes", "school", schoolId, () -> {
            actor.require(Permission.VIEW_SCHOOL);
            Long scopedSchool = actor.isDistrictWide() ? schoolId : actor.schoolId();
            if (schoolId != null) {
                actor.requireSchool(schoolId);
            }
            int cap = config.classCap();
            return tx.read(em -> {
                // a graduated cohort's class (issue 15) is no longer a class of the school
                StringBuilder jpql = new StringBuilder("select c from SchoolClass c where c.closedYear = 0");
                if (scopedSchool != null) {
                    jpql.append(" and c.schoolId = :s");
                }
                if (gradeLevel != null) {
                    jpql.append(" and c.gradeLevel = :g");
                }
                jpql.append(" order by c.schoolId, c.gradeLevel, c.classNumber");
                TypedQuery<SchoolClassEntity> q = em.createQuery(jpql.toString(), SchoolClassEntity.class);
                if (scopedSchool != null) {
                    q.setParameter("s", scopedSchool);
                }
                if (gradeLevel != null) {
                    q.setParameter("g", gradeLevel);
                }
                List<SchoolClassEntity> classes = q.getResultList();
                Map<Long, Long> sizes = classSizesById(em, scopedSchool);
                Map<Long, String> schoolNames = schoolNames(em);
                return classes.stream().map(c -> new ClassSize(toClass(c), schoolNames.get(c.schoolId),
                        sizes.getOrDefault(c.id, 0L).intValue(), cap)).toList();
            });
        });
    }

    @Override
    public List<EnrollmentPlan> enrollmentPlans(Actor actor, long schoolId) {
        return denied.guard(actor, "enrollment-plan.list", "school", schoolId, () -> {
            actor.require(Permission.VIEW_SCHOOL);
            actor.requireSchool(schoolId);
            return tx.read(em -> em.createQuery("select p from EnrollmentPlan p where p.schoolId = :s "
                            + "order by p.schoolYear desc, p.gradeLevel", EnrollmentPlanEntity.class)
                    .setParameter("s", schoolId).getResultList().stream()
                    .map(p -> new EnrollmentPlan(p.schoolId, p.schoolYear, p.gradeLevel, p.plannedClasses,
                            p.plannedStudents)).toList());
        });
    }

    @Override
    public EnrollmentPlan saveEnrollmentPlan(Actor actor, EnrollmentPlan plan) {
        return denied.guard(actor, "enrollment-plan.save", "school", plan.schoolId(), () -> {
            actor.require(Permission.MANAGE_SCHOOL);
            actor.requireSchool(null);
            if (!Grades.isStartingGrade(plan.gradeLevel()) || plan.plannedClasses() < 1 || plan.plannedStudents() < 1) {
                throw new DomainException(RegistryMessages.PLAN_INVALID);
            }
            return tx.inTransaction(em -> {
                findSchool(em, plan.schoolId());
                List<EnrollmentPlanEntity> found = em.createQuery("select p from EnrollmentPlan p where "
                                + "p.schoolId = :s and p.schoolYear = :y and p.gradeLevel = :g", EnrollmentPlanEntity.class)
                        .setParameter("s", plan.schoolId()).setParameter("y", plan.schoolYear())
                        .setParameter("g", plan.gradeLevel()).getResultList();
                EnrollmentPlanEntity e = found.isEmpty() ? new EnrollmentPlanEntity() : found.get(0);
                e.schoolId = plan.schoolId();
                e.schoolYear = plan.schoolYear();
                e.gradeLevel = plan.gradeLevel();
                e.plannedClasses = plan.plannedClasses();
                e.plannedStudents = plan.plannedStudents();
                if (e.id == null) {
                    em.persist(e);
                }
                audit.append(em, AuditEvent.of(actor, "enrollment-plan.save", "school", plan.schoolId(), plan.schoolId())
                        .withChanges(RecordDiff.values(plan)));
                return plan;
            });
        });
    }

    @Override
    public RegistryCounts counts(Actor actor) {
        actor.require(Permission.VIEW_SCHOOL);
        Long school = actor.schoolId();
        int cap = config.classCap();
        return tx.read(em -> {
            long schools = school == null
                    ? em.createQuery("select count(s) from School s", Long.class).getSingleResult() : 1L;
            // graduates (issue 15) keep their records in their closed classes but are no longer counted
            long classes = count(em, "SchoolClass", "e.closedYear = 0", school);
            long students = count(em, "Student", "e.graduatedYear is null", school);
            long overCap = classSizesById(em, school).values().stream().filter(n -> n > cap).count();
            return new RegistryCounts(schools, classes, students, overCap);
        });
    }

    /** Counts rows of an entity with a schoolId attribute, optionally for one school. */
    private static long count(EntityManager em, String entity, String condition, Long school) {
        TypedQuery<Long> q = em.createQuery("select count(e) from " + entity + " e where " + condition
                + (school == null ? "" : " and e.schoolId = :s"), Long.class);
        if (school != null) {
            q.setParameter("s", school);
        }
        return q.getSingleResult();
    }

    static Map<Long, Long> classSizesById(EntityManager em, Long schoolId) {
        String jpql = "select s.classId, count(s) from Student s where s.classId is not null and s.graduatedYear is null"
                + (schoolId == null ? "" : " and s.schoolId = :s") + " group by s.classId";
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        if (schoolId != null) {
            q.setParameter("s", schoolId);
        }
        Map<Long, Long> sizes = new HashMap<>();
        for (Object[] row : q.getResultList()) {
            sizes.put((Long) row[0], (Long) row[1]);
        }
        return sizes;
    }

    static Map<Long, String> schoolNames(EntityManager em) {
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, s.name from School s", Object[].class).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    static SchoolEntity findSchool(EntityManager em, long schoolId) {
        SchoolEntity e = em.find(SchoolEntity.class, schoolId);
        if (e == null) {
            throw new NotFoundException(RegistryMessages.SCHOOL_NOT_FOUND, schoolId);
        }
        return e;
    }

    private static void refuseDuplicateCode(EntityManager em, String code, Long exceptId) {
        List<SchoolEntity> same = em.createQuery("select s from School s where s.code = :c", SchoolEntity.class)
                .setParameter("c", code.strip()).getResultList();
        for (SchoolEntity s : same) {
            if (!s.id.equals(exceptId)) {
                throw new DomainException(RegistryMessages.DUPLICATE_SCHOOL_CODE, code, s.name);
            }
        }
    }

    private static void validate(SchoolData d) {
        List<FieldError> errors = new ArrayList<>();
        StudentValidator.text(errors, "code", d.code(), 20, true);
        StudentValidator.text(errors, "name", d.name(), 100, true);
        StudentValidator.text(errors, "town", d.town(), 50, false);
        StudentValidator.text(errors, "address", d.address(), 200, false);
        StudentValidator.text(errors, "phone", d.phone(), 30, false);
        if (d.type() == null) {
            errors.add(new FieldError("type", org.xueji.platform.api.PlatformMessages.REQUIRED));
        }
        for (String area : d.serviceAreas()) {
            StudentValidator.text(errors, "serviceAreas", area, 100, true);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void copy(SchoolData d, SchoolEntity e) {
        e.code = d.code().strip();
        e.name = d.name().strip();
        e.schoolType = d.type().name();
        e.town = d.town();
        e.serviceAreas = String.join("\n", d.serviceAreas());
        e.oversize = d.oversize();
        e.address = d.address();
        e.phone = d.phone();
    }

    static School toSchool(SchoolEntity e) {
        List<String> areas = e.serviceAreas == null || e.serviceAreas.isEmpty() ? List.of()
                : Arrays.asList(e.serviceAreas.split("\n"));
        return new School(e.id, e.code, e.name, SchoolType.valueOf(e.schoolType), e.town, areas, e.oversize,
                e.address, e.phone);
    }

    static SchoolClass toClass(SchoolClassEntity c) {
        return new SchoolClass(c.id, c.schoolId, c.gradeLevel, c.classNumber, c.entryYear, c.capacity, c.headTeacher);
    }
}
