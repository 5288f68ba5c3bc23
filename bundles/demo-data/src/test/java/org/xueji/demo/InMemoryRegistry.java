package org.xueji.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.EnrollmentPlan;
import org.xueji.registry.api.RegistryCounts;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.BatchControl;
import org.xueji.registry.api.IntakeCount;
import org.xueji.registry.api.PendingRegistration;
import org.xueji.registry.api.RegistrationDetails;
import org.xueji.registry.api.SimilarStudent;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.registry.api.StudentValidator;

/** Just enough of the registry services for the loader tests: unique codes and ID numbers, validation. */
final class InMemoryRegistry implements SchoolService, StudentService {

    final Map<Long, School> schools = new LinkedHashMap<>();
    final Map<Long, SchoolClass> classes = new LinkedHashMap<>();
    final List<SchoolYear> years = new ArrayList<>();
    final List<EnrollmentPlan> plans = new ArrayList<>();
    final Map<Long, StudentData> students = new HashMap<>();
    final Map<String, Long> byIdNumber = new HashMap<>();
    final List<Integer> batchSizes = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    // ---------------------------------------------------------------- schools

    @Override
    public List<School> listSchools(Actor actor) {
        return List.copyOf(schools.values());
    }

    @Override
    public School getSchool(Actor actor, long schoolId) {
        return Optional.ofNullable(schools.get(schoolId))
                .orElseThrow(() -> new NotFoundException(RegistryMessages.SCHOOL_NOT_FOUND, schoolId));
    }

    @Override
    public School createSchool(Actor actor, SchoolData d) {
        if (schools.values().stream().anyMatch(s -> s.code().equals(d.code()))) {
            throw new ValidationException(List.of(new FieldError("code", RegistryMessages.DUPLICATE_SCHOOL_CODE)));
        }
        School s = new School(ids.incrementAndGet(), d.code(), d.name(), d.type(), d.town(), d.serviceAreas(),
                d.oversize(), d.address(), d.phone());
        schools.put(s.id(), s);
        return s;
    }

    @Override
    public School updateSchool(Actor actor, long schoolId, SchoolData data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<SchoolYear> listSchoolYears(Actor actor) {
        return List.copyOf(years);
    }

    @Override
    public SchoolYear saveSchoolYear(Actor actor, SchoolYear schoolYear) {
        years.removeIf(y -> y.startYear() == schoolYear.startYear());
        years.add(schoolYear);
        return schoolYear;
    }

    @Override
    public List<SchoolClass> listClasses(Actor actor, long schoolId) {
        return classes.values().stream().filter(c -> c.schoolId() == schoolId).toList();
    }

    @Override
    public SchoolClass getClass(Actor actor, long classId) {
        return classes.get(classId);
    }

    /** The demo loader never grants places above the cap (R14 overrides are the bureau's). */
    @Override
    public SchoolClass grantExtraPlaces(Actor actor, long classId, int places, String reason) {
        throw new IllegalStateException("the demo loader must not grant places above the class cap");
    }

    @Override
    public SchoolClass createClass(Actor actor, long schoolId, ClassData d) {
        School school = getSchool(actor, schoolId);
        if (!school.type().teaches(d.gradeLevel())) {
            throw new ValidationException(List.of(new FieldError("gradeLevel", RegistryMessages.GRADE_NOT_TAUGHT)));
        }
        boolean dup = classes.values().stream().anyMatch(c -> c.schoolId() == schoolId
                && c.gradeLevel() == d.gradeLevel() && c.classNumber() == d.classNumber());
        if (dup) {
            throw new ValidationException(List.of(new FieldError("classNumber", RegistryMessages.DUPLICATE_CLASS)));
        }
        SchoolClass c = new SchoolClass(ids.incrementAndGet(), schoolId, d.gradeLevel(), d.classNumber(),
                d.entryYear(), d.capacity(), d.headTeacher());
        classes.put(c.id(), c);
        return c;
    }

    @Override
    public List<ClassSize> classSizes(Actor actor, Long schoolId, Integer gradeLevel) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<EnrollmentPlan> enrollmentPlans(Actor actor, long schoolId) {
        return plans.stream().filter(p -> p.schoolId() == schoolId).toList();
    }

    @Override
    public EnrollmentPlan saveEnrollmentPlan(Actor actor, EnrollmentPlan plan) {
        getSchool(actor, plan.schoolId());
        plans.add(plan);
        return plan;
    }

    @Override
    public RegistryCounts counts(Actor actor) {
        return new RegistryCounts(schools.size(), classes.size(), students.size(), 0);
    }

    @Override
    public int classCap() {
        return 55;
    }

    // ---------------------------------------------------------------- students

    @Override
    public long count(Actor actor, StudentQuery query) {
        return students.size();
    }

    @Override
    public long countAtMost(Actor actor, StudentQuery query, long cap) {
        return Math.min(students.size(), cap);
    }

    @Override
    public List<StudentSummary> search(Actor actor, StudentQuery query, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Student get(Actor actor, long studentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Student> findByIdNumber(Actor actor, String idNumber) {
        Long id = byIdNumber.get(idNumber);
        return id == null ? Optional.empty()
                : Optional.of(new Student(id, 0, "G" + idNumber, students.get(id), RegistrationDetails.NONE, Instant.EPOCH,
                        Instant.EPOCH));
    }

    @Override
    public List<org.xueji.registry.api.StudentHistoryEntry> history(Actor actor, long studentId) {
        throw new UnsupportedOperationException("the demo generator never reads record history");
    }

    @Override
    public Student register(Actor actor, StudentData data, RegistrationDetails details) {
        registerAll(actor, List.of(data));
        long id = byIdNumber.getOrDefault(data.idNumber(), ids.get());
        return new Student(id, 0, null, data, details, Instant.EPOCH, Instant.EPOCH);
    }

    @Override
    public Student update(Actor actor, long studentId, long expectedVersion, StudentData data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int registerAll(Actor actor, List<PendingRegistration> pending, BatchControl control) {
        return registerData(pending.stream().map(PendingRegistration::data).toList());
    }

    @Override
    public Optional<org.xueji.registry.api.RecordHolder> idNumberHolder(Actor actor, String idNumber) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, org.xueji.registry.api.RecordHolder> idNumberHolders(Actor actor, java.util.Collection<String> idNumbers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<org.xueji.registry.api.PersonKey, List<SimilarStudent>> similarStudents(Actor actor,
            java.util.Collection<org.xueji.registry.api.PersonKey> people) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Student> exportPage(Actor actor, StudentQuery query, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<StudentSummary> schoolRoster(Actor actor, long schoolId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<IntakeCount> intakeCounts(Actor actor, int entryGrade, int schoolYear) {
        throw new UnsupportedOperationException();
    }

    /** All or nothing, like the real service. */
    private int registerData(List<StudentData> list) {
        Map<String, StudentData> fresh = new HashMap<>();
        for (StudentData raw : list) {
            StudentData d = StudentValidator.normalise(raw);
            List<FieldError> errors = StudentValidator.validate(d, LocalDate.now());
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (!schools.containsKey(d.schoolId()) || !classes.containsKey(d.classId())
                    || classes.get(d.classId()).schoolId() != d.schoolId()) {
                throw new ValidationException(List.of(new FieldError("classId", RegistryMessages.CLASS_NOT_IN_SCHOOL)));
            }
            if (d.idNumber() != null && (byIdNumber.containsKey(d.idNumber())
                    || fresh.putIfAbsent(d.idNumber(), d) != null)) {
                throw new ValidationException(List.of(new FieldError("idNumber", RegistryMessages.DUPLICATE_ID_NUMBER)));
            }
        }
        for (StudentData d : list) {
            long id = ids.incrementAndGet();
            students.put(id, d);
            if (d.idNumber() != null) {
                byIdNumber.put(d.idNumber(), id);
            }
        }
        batchSizes.add(list.size());
        return list.size();
    }
}
