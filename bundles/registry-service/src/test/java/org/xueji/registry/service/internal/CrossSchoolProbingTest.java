package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.demo.DemoClass;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.testkit.AuditRow;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.RecordHolder;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SimilarStudent;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;

/**
 * R1 against probing through the duplicate checks (issue 16, item 4), on the real registry
 * schema: a registrar of school A learns only that a record exists elsewhere — never school
 * B's name, nor B's child's name or birth date — by the live checks, a registration or a
 * batch; the district sees the details; every check is audited without the ID number; a
 * school account's hits at other schools are limited per hour.
 */
class CrossSchoolProbingTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(11, 2025);
    private static final int LIMIT = 5;

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = config(LIMIT);
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    private School a;
    private School b;
    private Actor registrarA;
    private Actor registrarB;
    /** school B's children, registered */
    private List<StudentData> childrenOfB;
    /** school A's own children, not yet registered */
    private List<StudentData> childrenOfA;

    @BeforeEach
    void setUp() {
        List<DemoSchool> demo = GENERATOR.schools(3000).stream()
                .filter(s -> s.classes().stream().anyMatch(c -> c.gradeLevel() == 3)).limit(2).toList();
        a = schools.createSchool(district, demo.get(0).data());
        b = schools.createSchool(district, demo.get(1).data());
        registrarA = Actor.of("registrar-a", "学籍员甲", Role.SCHOOL_REGISTRAR, a.id(), Set.of(), "test");
        registrarB = Actor.of("registrar-b", "学籍员乙", Role.SCHOOL_REGISTRAR, b.id(), Set.of(), "test");
        SchoolClass classB = schools.createClass(district, b.id(), new ClassData(3, 1, 2023, 45, null));
        SchoolClass classA = schools.createClass(district, a.id(), new ClassData(3, 1, 2023, 45, null));
        // one grade of 80 generated children (valid IDs, never real people): the first 40 in B, the rest in A
        DemoClass templateB = new DemoClass(new ClassData(3, 1, 2023, 40, null), 40, 0, 80);
        DemoClass templateA = new DemoClass(new ClassData(3, 1, 2023, 40, null), 40, 40, 80);
        childrenOfB = GENERATOR.students(demo.get(1), templateB, b.id(), classB.id())
                .filter(d -> d.idType() == IdDocumentType.RESIDENT_ID).limit(8).toList();
        childrenOfA = GENERATOR.students(demo.get(0), templateA, a.id(), classA.id())
                .filter(d -> d.idType() == IdDocumentType.RESIDENT_ID).limit(3).toList();
        students.registerAll(district, childrenOfB);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RegistryConfig config(int hitsPerHour) {
        return (RegistryConfig) Proxy.newProxyInstance(RegistryConfig.class.getClassLoader(),
                new Class<?>[] {RegistryConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> RegistryConfig.class;
                    case "crossSchoolHitsPerHour" -> hitsPerHour;
                    default -> method.getDefaultValue();
                });
    }

    /** B's child as if school A registered it (the same person: same ID number, name, birth date). */
    private StudentData atSchoolA(StudentData child) {
        return child.withPlacement(a.id(), null);
    }

    private String idOfB(int i) {
        return childrenOfB.get(i).idNumber();
    }

    @Test
    void r1_anIdNumberHeldByAnotherSchoolIsNotNamedToASchoolRegistrar() {
        assertThat(students.idNumberHolder(registrarA, idOfB(0))).contains(RecordHolder.elsewhere());
        assertThat(students.idNumberHolders(registrarA, List.of(idOfB(0), idOfB(1)))).isEqualTo(Map.of(
                idOfB(0), RecordHolder.elsewhere(), idOfB(1), RecordHolder.elsewhere()));
        // the holding school and the district see the school
        assertThat(students.idNumberHolder(registrarB, idOfB(0))).contains(new RecordHolder(b.id(), b.name()));
        assertThat(students.idNumberHolder(district, idOfB(0))).contains(new RecordHolder(b.id(), b.name()));
        // a number nobody holds
        assertThat(students.idNumberHolder(registrarA, childrenOfA.get(0).idNumber())).isEmpty();
    }

    @Test
    void r1_aSameSoundingRecordOfAnotherSchoolShowsNoNameBirthDateOrSchool() {
        StudentData child = childrenOfB.get(2);

        List<SimilarStudent> seenByA = students.similarStudents(registrarA, child.name(), child.sex(),
                child.birthDate());
        List<SimilarStudent> seenByDistrict = students.similarStudents(district, child.name(), child.sex(),
                child.birthDate());

        assertThat(seenByA).isNotEmpty().allSatisfy(s -> {
            assertThat(s.withheld()).isTrue();
            assertThat(s.name()).isNull();
            assertThat(s.birthDate()).isNull();
            assertThat(s.schoolName()).isNull();
            assertThat(s.maskedRegistryNumber()).isNull();
        });
        assertThat(seenByDistrict).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo(child.name());
            assertThat(s.birthDate()).isEqualTo(child.birthDate());
            assertThat(s.schoolName()).isEqualTo(b.name());
        });
    }

    @Test
    void r1_aRefusedRegistrationOfAnotherSchoolsIdNumberDoesNotNameThatSchool() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> students.register(registrarA, atSchoolA(childrenOfB.get(3))));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.messageKey()).isEqualTo(RegistryMessages.DUPLICATE_ID_NUMBER_ELSEWHERE);
            assertThat(error.message(Locale.SIMPLIFIED_CHINESE)).contains("其他学校", "区教育局")
                    .doesNotContain(b.name(), childrenOfB.get(3).idNumber());
            assertThat(List.of(error.args())).doesNotContain(b.name());
        });
        // the district registering the same person into school A is told where the record is
        ValidationException forDistrict = catchThrowableOfType(ValidationException.class,
                () -> students.register(district, atSchoolA(childrenOfB.get(3))));
        assertThat(forDistrict.errors()).extracting(FieldError::messageKey)
                .containsExactly(RegistryMessages.DUPLICATE_ID_NUMBER);
        assertThat(forDistrict.errors().get(0).message(Locale.SIMPLIFIED_CHINESE)).contains(b.name());
    }

    @Test
    void r1_aBatchOfGuessedIdNumbersRevealsNoSchool() {
        List<StudentData> batch = List.of(childrenOfA.get(0), atSchoolA(childrenOfB.get(4)), childrenOfA.get(1));

        DomainException e = catchThrowableOfType(DomainException.class, () -> students.registerAll(registrarA,
                batch.stream().map(d -> new org.xueji.registry.api.PendingRegistration(d,
                        org.xueji.registry.api.RegistrationDetails.NONE)).toList(),
                org.xueji.registry.api.BatchControl.NONE));

        assertThat(e.messageKey()).isEqualTo(RegistryMessages.DUPLICATE_ID_NUMBER_ELSEWHERE);
        assertThat(e.getMessage()).doesNotContain(b.name());
        assertThat(store.count("select count(*) from REG_STUDENT where SCHOOL_ID = " + a.id())).isZero();
    }

    @Test
    void r1_everyDuplicateCheckIsAuditedWithoutTheIdNumberOrName() {
        students.idNumberHolders(registrarA, List.of(idOfB(0), idOfB(1), childrenOfA.get(0).idNumber()));
        StudentData child = childrenOfB.get(2);
        students.similarStudents(registrarA, child.name(), child.sex(), child.birthDate());

        List<AuditRow> checks = store.audit().stream().filter(r -> r.action().equals("student.duplicate-check"))
                .toList();
        assertThat(checks).hasSize(2).allSatisfy(r -> {
            assertThat(r.username()).isEqualTo("registrar-a");
            assertThat(r.schoolId()).isEqualTo(a.id());
        });
        assertThat(checks.get(0).changes()).contains("id-number", "asked=3", "found=2", "elsewhere=2");
        assertThat(checks.get(1).changes()).contains("similar-name", "asked=1");
        for (AuditRow r : store.audit().stream().filter(r -> r.username().equals("registrar-a")).toList()) {
            assertThat(String.valueOf(r.changes())).doesNotContain(idOfB(0), idOfB(1),
                    childrenOfA.get(0).idNumber(), child.name(), b.name());
        }
    }

    @Test
    void r1_aSchoolAccountsHitsAtOtherSchoolsAreLimitedPerHour() {
        // five hits are within the limit (four in one call, one in another)
        assertThat(students.idNumberHolders(registrarA, List.of(idOfB(0), idOfB(1), idOfB(2), idOfB(3))))
                .hasSize(4);
        assertThat(students.idNumberHolder(registrarA, idOfB(4))).isPresent();

        // the sixth is refused, with the limit in the message
        DomainException sixth = catchThrowableOfType(DomainException.class,
                () -> students.idNumberHolder(registrarA, idOfB(5)));
        assertThat(sixth.messageKey()).isEqualTo(RegistryMessages.DUPLICATE_CHECKS_EXCEEDED);
        assertThat(sixth.getMessage()).contains("最多发现 5 条");
        // once spent, every check is refused — found or not — so a refusal tells nothing
        DomainException miss = catchThrowableOfType(DomainException.class,
                () -> students.idNumberHolder(registrarA, childrenOfA.get(0).idNumber()));
        assertThat(miss.messageKey()).isEqualTo(RegistryMessages.DUPLICATE_CHECKS_EXCEEDED);
        StudentData child = childrenOfB.get(6);
        assertThat(catchThrowableOfType(DomainException.class, () -> students.similarStudents(registrarA,
                child.name(), child.sex(), child.birthDate())).messageKey())
                .isEqualTo(RegistryMessages.DUPLICATE_CHECKS_EXCEEDED);
        assertThat(catchThrowableOfType(DomainException.class, () -> students.register(registrarA,
                atSchoolA(childrenOfB.get(7)))).messageKey()).isEqualTo(RegistryMessages.DUPLICATE_CHECKS_EXCEEDED);
        assertThat(store.actions()).contains("student.duplicate-check-refused");

        // another account and the district are not held back; an hour later A may check again
        assertThat(students.idNumberHolder(registrarB, idOfB(5))).isPresent();
        assertThat(students.idNumberHolder(district, idOfB(5))).isPresent();
        store.clock().advance(Duration.ofMinutes(61));
        assertThat(students.idNumberHolder(registrarA, idOfB(5))).contains(RecordHolder.elsewhere());
    }

    @Test
    void r1_aCheckThatWouldPassTheLimitIsRefusedWithoutItsAnswer() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> students.idNumberHolders(registrarA,
                childrenOfB.subList(0, LIMIT + 1).stream().map(StudentData::idNumber).toList()));

        assertThat(e.messageKey()).isEqualTo(RegistryMessages.DUPLICATE_CHECKS_EXCEEDED);
    }

    @Test
    void r1_ownSchoolDuplicatesAreNamedAndDoNotCountAgainstTheLimit() {
        for (int i = 0; i < LIMIT + 2; i++) {
            assertThat(students.idNumberHolder(registrarB, idOfB(i))).contains(new RecordHolder(b.id(), b.name()));
        }
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> students.register(registrarB, childrenOfB.get(0)));
        assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly(RegistryMessages.DUPLICATE_ID_NUMBER);
    }
}
