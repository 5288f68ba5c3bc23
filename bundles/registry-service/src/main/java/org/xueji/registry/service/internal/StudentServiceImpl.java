package org.xueji.registry.service.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.BatchControl;
import org.xueji.registry.api.BatchStoppedException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.IntakeCount;
import org.xueji.registry.api.PendingRegistration;
import org.xueji.registry.api.PersonKey;
import org.xueji.registry.api.RecordHolder;
import org.xueji.registry.api.RegistrationDetails;
import org.xueji.registry.api.SimilarStudent;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentHistoryEntry;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.registry.api.transfer.RecordStatus;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.service.internal.entity.SchoolClassEntity;
import org.xueji.registry.service.internal.entity.SchoolEntity;
import org.xueji.registry.service.internal.entity.StudentEntity;

@Component(service = StudentService.class, configurationPid = "org.xueji.registry")
public class StudentServiceImpl implements StudentService {

    private final Transactions tx;
    private final AuditTrail audit;
    private final DeniedAccess denied;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();
    private final DuplicateChecks duplicates;
    private volatile RegistryConfig config;

    @Activate
    public StudentServiceImpl(@Reference(target = "(osgi.unit.name=xueji-registry)") EntityManagerFactory emf,
                              @Reference AuditTrail audit, @Reference AuditService auditService,
                              @Reference PlatformClock platformClock, RegistryConfig config) {
        this.tx = new Transactions(emf);
        this.audit = audit;
        this.denied = new DeniedAccess(auditService);
        this.clock = platformClock.clock();
        this.config = config;
        this.duplicates = new DuplicateChecks(tx, new CrossSchoolChecks(auditService, platformClock,
                () -> this.config.crossSchoolHitsPerHour()));
    }

    @Modified
    void modified(RegistryConfig newConfig) {
        this.config = newConfig;
    }

    @Override
    public long count(Actor actor, StudentQuery query) {
        return denied.guard(actor, "student.count", "school", query.schoolId(), () -> {
            actor.require(Permission.VIEW_STUDENT);
            return tx.read(em -> {
                SearchJpql s = new SearchJpql(scoped(actor, query), classScope(actor), "select count(s) from Student s",
                        false);
                return s.bind(em.createQuery(s.jpql(), Long.class)).getSingleResult();
            });
        });
    }

    @Override
    public long countAtMost(Actor actor, StudentQuery query, long cap) {
        return denied.guard(actor, "student.count", "school", query.schoolId(), () -> {
            actor.require(Permission.VIEW_STUDENT);
            if (cap < 1 || cap > 100_000) {
                throw new IllegalArgumentException("cap " + cap);
            }
            return tx.read(em -> {
                // the ids up to the cap, read from an index: cheap however many match
                SearchJpql s = new SearchJpql(scoped(actor, query), classScope(actor), "select s.id from Student s",
                        false);
                return (long) s.bind(em.createQuery(s.jpql(), Long.class)).setMaxResults((int) cap)
                        .getResultList().size();
            });
        });
    }

    @Override
    public List<StudentSummary> search(Actor actor, StudentQuery query, int offset, int limit) {
        return denied.guard(actor, "student.search", "school", query.schoolId(), () -> {
            actor.require(Permission.VIEW_STUDENT);
            if (offset < 0 || limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
            }
            return tx.inTransaction(em -> {
                List<StudentEntity> rows = page(em, actor, query, offset, limit);
                List<StudentSummary> found = rows.isEmpty() ? List.of() : summaries(em, rows);
                // R7: the search is on record — the kinds of criteria and the count, no values. The
                // last statement: the audit head row stays locked until the commit (one at a time)
                audit.append(em, LookupAudit.search(actor, scoped(actor, query), offset, rows.size()));
                return found;
            });
        });
    }

    /**
     * One page of records in the query's order, in two steps so that paging deep into a
     * million rows walks an index, not the table: the page's ids (covered by the
     * (…, NAME, ID) indexes), then those rows.
     */
    private static List<StudentEntity> page(EntityManager em, Actor actor, StudentQuery query, int offset,
                                            int limit) {
        SearchJpql s = new SearchJpql(scoped(actor, query), classScope(actor), "select s.id from Student s", true);
        List<Long> ids = s.bind(em.createQuery(s.jpql(), Long.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StudentEntity> byId = new HashMap<>();
        em.createQuery("select s from Student s where s.id in :ids", StudentEntity.class)
                .setParameter("ids", ids).getResultList().forEach(e -> byId.put(e.id, e));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** School actors search their own school whatever the query says (R1). */
    private static StudentQuery scoped(Actor actor, StudentQuery query) {
        if (actor.isDistrictWide()) {
            return query;
        }
        if (query.schoolId() != null) {
            actor.requireSchool(query.schoolId());
        }
        return query.withSchool(actor.schoolId());
    }

    /** Head teachers and teachers search only their classes (R1); null means no class limit. */
    private static Set<Long> classScope(Actor actor) {
        return actor.isClassScoped() ? actor.classIds() : null;
    }

    private static List<StudentSummary> summaries(EntityManager em, List<StudentEntity> rows) {
        Map<Long, String> schoolNames = SchoolServiceImpl.schoolNames(em);
        Set<Long> classIds = new HashSet<>();
        rows.forEach(r -> {
            if (r.classId != null) {
                classIds.add(r.classId);
            }
        });
        Map<Long, SchoolClassEntity> classes = new HashMap<>();
        if (!classIds.isEmpty()) {
            em.createQuery("select c from SchoolClass c where c.id in :ids", SchoolClassEntity.class)
                    .setParameter("ids", classIds).getResultList().forEach(c -> classes.put(c.id, c));
        }
        List<StudentSummary> result = new ArrayList<>(rows.size());
        for (StudentEntity r : rows) {
            SchoolClassEntity c = r.classId == null ? null : classes.get(r.classId);
            result.add(new StudentSummary(r.id, r.registryNumber, r.name, Sex.fromCode(r.sex), r.birthDate,
                    r.idNumber, r.schoolId, schoolNames.get(r.schoolId), c == null ? null : c.gradeLevel,
                    r.classId, c == null ? null : Grades.className(c.gradeLevel, c.classNumber),
                    r.recordStatus == null ? RecordStatus.ACTIVE : RecordStatus.valueOf(r.recordStatus)));
        }
        return result;
    }

    @Override
    public Student get(Actor actor, long studentId) {
        return denied.guard(actor, "student.view", "student", studentId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            // opening a student's full record is itself recorded (R7)
            return tx.inTransaction(em -> {
                StudentEntity e = findInScope(em, actor, studentId);
                Student student = StudentMapper.student(e);
                // last: the audit head row stays locked until the commit
                audit.append(em, AuditEvent.of(actor, "student.view", "student", e.id, e.schoolId));
                return student;
            });
        });
    }

    @Override
    public List<StudentHistoryEntry> history(Actor actor, long studentId) {
        return denied.guard(actor, "student.history", "student", studentId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            // the values are as personal as the record: reading them is recorded like opening it (R7)
            return tx.inTransaction(em -> {
                StudentEntity e = findInScope(em, actor, studentId);
                List<StudentHistoryEntry> history = StudentHistory.read(em, e.id);
                // last: the audit head row stays locked until the commit
                audit.append(em, AuditEvent.of(actor, "student.history", "student", e.id, e.schoolId));
                return history;
            });
        });
    }

    @Override
    public Optional<Student> findByIdNumber(Actor actor, String idNumber) {
        actor.require(Permission.VIEW_STUDENT);
        String normalised = normaliseIdNumber(idNumber);
        return tx.inTransaction(em -> {
            Optional<StudentEntity> found = em.createQuery("select s from Student s where s.idNumber = :id",
                            StudentEntity.class)
                    .setParameter("id", normalised).getResultList().stream()
                    .filter(s -> actor.canSee(s.schoolId, s.classId))
                    .findFirst();
            // R7: the look-up is on record without the number looked for
            audit.append(em, LookupAudit.byIdNumber(actor, found.map(e -> e.id).orElse(null),
                    found.map(e -> e.schoolId).orElse(actor.schoolId())));
            return found.map(StudentMapper::student);
        });
    }

    @Override
    public Student register(Actor actor, StudentData input, RegistrationDetails details) {
        return denied.guard(actor, "student.register", "school", input.schoolId(), () -> {
            actor.require(Permission.EDIT_STUDENT);
            StudentData data = checked(actor, input);
            return tx.inTransaction(em -> {
                SchoolClassEntity placed = checkPlacement(em, data);
                if (placed != null) {
                    ClassCapRule.checkArrivals(em, Map.of(placed.id, 1), id -> placed, config.classCap());
                }
                duplicates.refuseDuplicateIdNumber(em, actor, data.idNumber(), null);
                StudentEntity e = newEntity(data, details, new RegistryNumbers(em, config.districtAreaCode(),
                        random).next(data));
                em.persist(e);
                em.flush();
                // R7: values to the record history, field names to the audit row
                List<RecordDiff.Change> changes = new ArrayList<>(RecordDiff.created(data));
                changes.addAll(RecordDiff.created(details == null ? RegistrationDetails.NONE : details));
                StudentHistory.record(em, audit, AuditEvent.of(actor, "student.register", "student", e.id, e.schoolId),
                        e.id, changes, Instant.now(clock));
                return StudentMapper.student(e);
            });
        });
    }

    @Override
    public int registerAll(Actor actor, List<PendingRegistration> students, BatchControl control) {
        return denied.guard(actor, "student.register-batch", "student", null, () -> {
            actor.require(Permission.EDIT_STUDENT);
            List<PendingRegistration> checked = new ArrayList<>(students.size());
            Set<String> idsInBatch = new HashSet<>();
            for (PendingRegistration input : students) {
                StudentData d = checked(actor, input.data());
                if (d.idNumber() != null && d.idType() == IdDocumentType.RESIDENT_ID && !idsInBatch.add(d.idNumber())) {
                    throw new DomainException(RegistryMessages.DUPLICATE_ID_NUMBER, masked(d.idNumber()), "—");
                }
                checked.add(new PendingRegistration(d, input.details()));
            }
            if (checked.isEmpty()) {
                return 0;
            }
            return tx.inTransaction(em -> {
                // every 学籍号 first, while the session holds nothing: each look-up is an SQL query, before
                // which Hibernate flushes pending inserts (that broke the JDBC batches into single
                // statements) and dirty-checks every entity it holds (the school's classes, loaded below)
                RegistryNumbers numbers = new RegistryNumbers(em, config.districtAreaCode(), random);
                List<String> registryNumbers = new ArrayList<>(checked.size());
                for (PendingRegistration p : checked) {
                    registryNumbers.add(numbers.next(p.data()));
                }
                Map<Long, SchoolEntity> schools = new HashMap<>();
                Map<Long, SchoolClassEntity> classes = new HashMap<>();
                Map<Long, Integer> arrivals = new HashMap<>();
                for (PendingRegistration p : checked) {
                    checkPlacement(em, p.data(), schools, classes);
                    if (p.data().classId() != null) {
                        arrivals.merge(p.data().classId(), 1, Integer::sum);
                    }
                }
                // R14: the whole batch is refused when it would overfill a starting-grade class
                ClassCapRule.checkArrivals(em, arrivals, classes::get, config.classCap());
                duplicates.refuseDuplicateIdNumbers(em, actor, idsInBatch);
                int n = 0;
                for (PendingRegistration p : checked) {
                    // a stop request rolls the whole batch back: nothing half-imported
                    if (control.stopRequested().getAsBoolean()) {
                        throw new BatchStoppedException(n);
                    }
                    em.persist(newEntity(p.data(), p.details(), registryNumbers.get(n)));
                    if (++n % 200 == 0) {
                        em.flush();
                        em.clear();
                        control.stored().accept(n);
                    }
                }
                em.flush();
                control.stored().accept(n);
                Set<String> batches = new HashSet<>();
                checked.forEach(p -> {
                    if (p.details().importBatchId() != null) {
                        batches.add(p.details().importBatchId());
                    }
                });
                Map<String, Object> changes = new java.util.LinkedHashMap<>();
                changes.put("students", n);
                if (!batches.isEmpty()) {
                    changes.put("importBatch", String.join(",", batches));
                }
                audit.append(em, AuditEvent.of(actor, "student.register-batch", "student", null,
                        checked.stream().map(p -> p.data().schoolId()).distinct().count() == 1
                                ? checked.get(0).data().schoolId() : null)
                        .withChanges(changes));
                return n;
            });
        });
    }

    @Override
    public Optional<RecordHolder> idNumberHolder(Actor actor, String idNumber) {
        actor.require(Permission.EDIT_STUDENT);
        if (idNumber == null || idNumber.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(idNumberHolders(actor, List.of(idNumber)).values().stream().findFirst()
                .orElse(null));
    }

    @Override
    public Map<String, RecordHolder> idNumberHolders(Actor actor, Collection<String> idNumbers) {
        actor.require(Permission.EDIT_STUDENT);
        return duplicates.idNumberHolders(actor, idNumbers);
    }

    @Override
    public Map<PersonKey, List<SimilarStudent>> similarStudents(Actor actor, Collection<PersonKey> people) {
        actor.require(Permission.EDIT_STUDENT);
        return duplicates.similarStudents(actor, people);
    }

    @Override
    public List<Student> exportPage(Actor actor, StudentQuery query, int offset, int limit) {
        return denied.guard(actor, "student.export", "school", query.schoolId(), () -> {
            actor.require(Permission.EXPORT_DATA);
            if (offset < 0 || limit < 1 || limit > 5000) {
                throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
            }
            return tx.read(em -> page(em, actor, query, offset, limit).stream().map(StudentMapper::student)
                    .toList());
        });
    }

    @Override
    public List<StudentSummary> schoolRoster(Actor actor, long schoolId) {
        return denied.guard(actor, "student.roster", "school", schoolId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            actor.requireSchool(schoolId);
            return tx.read(em -> {
                SchoolEntity school = SchoolServiceImpl.findSchool(em, schoolId);
                Map<Long, SchoolClassEntity> classes = new HashMap<>();
                em.createQuery("select c from SchoolClass c where c.schoolId = :school", SchoolClassEntity.class)
                        .setParameter("school", schoolId).getResultList().forEach(c -> classes.put(c.id, c));
                // a projection, not entities: a school's whole roster can be large
                List<Object[]> rows = em.createQuery("select s.id, s.registryNumber, s.name, s.sex, s.birthDate,"
                        + " s.idNumber, s.classId from Student s where s.schoolId = :school", Object[].class)
                        .setParameter("school", schoolId).getResultList();
                List<StudentSummary> result = new ArrayList<>(rows.size());
                for (Object[] r : rows) {
                    Long classId = (Long) r[6];
                    if (!actor.canSee(schoolId, classId)) {
                        continue;
                    }
                    SchoolClassEntity c = classId == null ? null : classes.get(classId);
                    result.add(new StudentSummary((Long) r[0], (String) r[1], (String) r[2], Sex.fromCode((String) r[3]),
                            (LocalDate) r[4], (String) r[5], schoolId, school.name,
                            c == null ? null : c.gradeLevel, classId,
                            c == null ? null : Grades.className(c.gradeLevel, c.classNumber)));
                }
                result.sort(java.util.Comparator.comparing((StudentSummary x) -> x.gradeLevel() == null ? 99
                                : x.gradeLevel())
                        .thenComparing(x -> x.className() == null ? "" : x.className())
                        .thenComparing(StudentSummary::name).thenComparingLong(StudentSummary::id));
                return result;
            });
        });
    }

    @Override
    public List<IntakeCount> intakeCounts(Actor actor, int entryGrade, int schoolYear) {
        actor.require(Permission.VIEW_SCHOOL);
        int from = schoolYear * 100 + 9;
        int to = (schoolYear + 1) * 100 + 8;
        return tx.read(em -> {
            // Two queries, each on an index, rather than one with "entryGrade = :grade or (entryGrade is null
            // and classId in ...)", which read every record of the district (the home page's reminders ask
            // this for each registration deadline, on every visit). The two sets do not overlap.
            Map<Long, long[]> bySchool = new LinkedHashMap<>();
            // records registered by the enrollment module: IX_REG_STUDENT_INTAKE (entry grade, month, school)
            addIntake(bySchool, intakeQuery(em, actor, "from Student s where s.entryGrade = :grade"
                    + " and s.entryYearMonth between :from and :to", entryGrade, from, to));
            // records from before the enrollment module carry no entry grade: their class tells it
            addIntake(bySchool, intakeQuery(em, actor, "from Student s, SchoolClass c where s.classId = c.id"
                    + " and c.gradeLevel = :grade and s.entryGrade is null"
                    + " and s.entryYearMonth between :from and :to", entryGrade, from, to));
            List<IntakeCount> result = new ArrayList<>();
            bySchool.forEach((school, n) -> result.add(new IntakeCount(school, n[0], n[1])));
            return result;
        });
    }

    /** Per school of the actor's scope: records and late registrations among those {@code from} selects. */
    private static List<Object[]> intakeQuery(EntityManager em, Actor actor, String from, int grade, int fromMonth,
                                              int toMonth) {
        StringBuilder jpql = new StringBuilder("select s.schoolId, count(s),"
                + " sum(case when s.registeredLate = true then 1 else 0 end) ").append(from);
        if (!actor.isDistrictWide()) {
            jpql.append(" and s.schoolId = :school");
        }
        jpql.append(" group by s.schoolId");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("from", fromMonth).setParameter("to", toMonth).setParameter("grade", grade);
        if (!actor.isDistrictWide()) {
            q.setParameter("school", actor.schoolId());
        }
        return q.getResultList();
    }

    private static void addIntake(Map<Long, long[]> bySchool, List<Object[]> rows) {
        for (Object[] r : rows) {
            long[] n = bySchool.computeIfAbsent((Long) r[0], k -> new long[2]);
            n[0] += ((Number) r[1]).longValue();
            n[1] += r[2] == null ? 0 : ((Number) r[2]).longValue();
        }
    }

    @Override
    public Student update(Actor actor, long studentId, long expectedVersion, StudentData input) {
        return denied.guard(actor, "student.update", "student", studentId, () -> {
            actor.require(Permission.EDIT_STUDENT);
            StudentData data = checked(actor, input);
            return tx.inTransaction(em -> {
                StudentEntity e = findInScope(em, actor, studentId);
                if (e.version != expectedVersion) {
                    throw new DomainException(PlatformMessages.CONCURRENT_CHANGE);
                }
                if (e.graduatedYear != null) {
                    // issue 15: a graduate's record (毕业) is kept as it was
                    throw new DomainException(org.xueji.registry.api.RolloverMessages.STUDENT_GRADUATED);
                }
                if (e.schoolId != data.schoolId()) {
                    // R3: moving a record to another school is a transfer, not an edit
                    throw new DomainException(RegistryMessages.SCHOOL_CHANGE_NEEDS_TRANSFER);
                }
                SchoolClassEntity placed = checkPlacement(em, data);
                if (placed != null && !placed.id.equals(e.classId)) {
                    // R14: moving a student into a full starting-grade class is refused
                    ClassCapRule.checkArrivals(em, Map.of(placed.id, 1), id -> placed, config.classCap());
                }
                duplicates.refuseDuplicateIdNumber(em, actor, data.idNumber(), studentId);
                String oldIdNumber = e.idNumber;
                StudentData before = StudentMapper.data(e);
                // R3 (issue 14): key fields change only through a correction the district approves
                SchoolClassEntity current = e.classId == null ? null : em.find(SchoolClassEntity.class, e.classId);
                KeyFieldGuard.refuseKeyFieldEdits(StudentValidator.normalise(before), data,
                        current == null ? null : current.gradeLevel, placed == null ? null : placed.gradeLevel);
                StudentMapper.copy(data, e);
                if (data.idType() == IdDocumentType.RESIDENT_ID && !data.idNumber().equals(oldIdNumber)) {
                    e.registryNumber = StudentRegistryNumber.forIdNumber(ChineseIdNumber.parse(data.idNumber())).value();
                }
                e.updatedAt = Instant.now(clock);
                em.flush();
                // R7: values to the record history, field names to the audit row
                StudentHistory.record(em, audit, AuditEvent.of(actor, "student.update", "student", e.id, e.schoolId),
                        e.id, RecordDiff.diff(before, StudentMapper.data(e)), e.updatedAt);
                return StudentMapper.student(e);
            });
        });
    }

    /** Normalises and validates; school actors may only write their own school's records. */
    private StudentData checked(Actor actor, StudentData input) {
        StudentData data = StudentValidator.normalise(input);
        List<FieldError> errors = StudentValidator.validate(data, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        actor.requireScope(data.schoolId(), data.classId());
        return data;
    }

    private StudentEntity newEntity(StudentData d, RegistrationDetails details, String registryNumber) {
        StudentEntity e = new StudentEntity();
        StudentMapper.copy(d, e);
        StudentMapper.copy(details == null ? RegistrationDetails.NONE : details, e);
        e.registryNumber = registryNumber;
        e.createdAt = Instant.now(clock);
        e.updatedAt = e.createdAt;
        return e;
    }

    /** The class the record is placed in, checked to exist and belong to its school; null for none. */
    private static SchoolClassEntity checkPlacement(EntityManager em, StudentData d) {
        return checkPlacement(em, d, new HashMap<>(), new HashMap<>());
    }

    private static SchoolClassEntity checkPlacement(EntityManager em, StudentData d, Map<Long, SchoolEntity> schools,
                                                    Map<Long, SchoolClassEntity> classes) {
        SchoolEntity school = schools.computeIfAbsent(d.schoolId(), id -> SchoolServiceImpl.findSchool(em, id));
        if (d.classId() == null) {
            return null;
        }
        SchoolClassEntity c = classes.computeIfAbsent(d.classId(), id -> em.find(SchoolClassEntity.class, id));
        if (c == null) {
            throw new ValidationException(List.of(
                    new FieldError("classId", RegistryMessages.CLASS_NOT_FOUND, d.classId())));
        }
        if (c.schoolId != school.id) {
            throw new ValidationException(List.of(new FieldError("classId", RegistryMessages.CLASS_NOT_IN_SCHOOL)));
        }
        if (c.closedYear != 0) {
            throw new ValidationException(List.of(
                    new FieldError("classId", org.xueji.registry.api.RolloverMessages.CLASS_CLOSED)));
        }
        return c;
    }

    private static StudentEntity findInScope(EntityManager em, Actor actor, long studentId) {
        StudentEntity e = em.find(StudentEntity.class, studentId);
        if (e == null) {
            throw new NotFoundException(RegistryMessages.STUDENT_NOT_FOUND, studentId);
        }
        actor.requireScope(e.schoolId, e.classId);
        return e;
    }

    /** Enough of a 学籍号 to tell records apart, not to copy it (the shared rule, D1). */
    static String maskedRegistryNumber(String registryNumber) {
        return IdentityMask.registryNumber(registryNumber);
    }

    /** Error messages may reach logs: never the full ID number. */
    private static String masked(String idNumber) {
        return IdentityMask.idNumber(idNumber);
    }

    static String normaliseIdNumber(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return ChineseIdNumber.parse(raw).value();
        } catch (DomainException e) {
            return raw.strip().toUpperCase();
        }
    }

    /** Builds the search JPQL from the optional criteria, always with bound parameters. */
    private static final class SearchJpql {
        private final StringBuilder jpql;
        private final Map<String, Object> params = new HashMap<>();

        SearchJpql(StudentQuery q, Set<Long> classScope, String select, boolean ordered) {
            jpql = new StringBuilder(select).append(" where 1 = 1");
            if (classScope != null) {
                // an empty set matches nothing; JPQL "in ()" is not valid
                jpql.append(classScope.isEmpty() ? " and 1 = 0" : " and s.classId in :classScope");
                if (!classScope.isEmpty()) {
                    params.put("classScope", classScope);
                }
            }
            if (q.name() != null && !q.name().isBlank()) {
                jpql.append(" and s.name like :name escape '\\'");
                params.put("name", escapeLike(q.name().strip()) + "%");
            }
            if (q.idNumber() != null && !q.idNumber().isBlank()) {
                jpql.append(" and s.idNumber = :idNumber");
                params.put("idNumber", normaliseIdNumber(q.idNumber()));
            }
            if (q.registryNumber() != null && !q.registryNumber().isBlank()) {
                jpql.append(" and s.registryNumber = :regNo");
                params.put("regNo", q.registryNumber().strip().toUpperCase());
            }
            if (q.schoolId() != null) {
                jpql.append(" and s.schoolId = :school");
                params.put("school", q.schoolId());
            }
            if (q.classId() != null) {
                jpql.append(" and s.classId = :class");
                params.put("class", q.classId());
            }
            if (q.activeOnly()) {
                jpql.append(" and s.recordStatus = 'ACTIVE'");
            }
            if (q.gradeLevel() != null) {
                jpql.append(" and s.classId in (select c.id from SchoolClass c where c.gradeLevel = :grade)");
                params.put("grade", q.gradeLevel());
            }
            if (ordered) {
                String dir = q.descending() ? " desc" : "";
                StudentQuery.SortField field = q.sortField() == null ? StudentQuery.SortField.NAME : q.sortField();
                jpql.append(switch (field) {
                    case NAME -> " order by s.name" + dir + ", s.id" + dir;
                    case REGISTRY_NUMBER -> " order by s.registryNumber" + dir;
                    case BIRTH_DATE -> " order by s.birthDate" + dir + ", s.id" + dir;
                    case SCHOOL -> " order by s.schoolId" + dir + ", s.name" + dir + ", s.id" + dir;
                    case CLASS -> " order by s.classId" + dir + ", s.name" + dir + ", s.id" + dir;
                });
            }
        }

        String jpql() {
            return jpql.toString();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }

        private static String escapeLike(String s) {
            return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
