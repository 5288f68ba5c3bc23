package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.demo.DemoClass;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.StudentData;
import org.xueji.platform.testkit.ModuleTestStore;

/**
 * R14 enforced in the services, on the real registry schema: a 56th student cannot enter a
 * starting-grade class by registration, batch (import) or edit; a class cannot be planned
 * above the cap; only a district grant with a written reason makes room, and it is audited.
 */
class ClassCapRuleTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(7, 2025);

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = defaultConfig();
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    /** what the registry posted to the ledger (the ledger's own tests cover the ledger) */
    private final List<IncidentPost> posted = new ArrayList<>();
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    private School school;
    private SchoolClass grade1;
    private SchoolClass grade2;
    private List<StudentData> generated;
    private Actor registrar;

    @BeforeEach
    void setUp() {
        DemoSchool demo = GENERATOR.schools(2000).stream()
                .filter(s -> s.classes().stream().anyMatch(c -> c.gradeLevel() == 1)).findFirst().orElseThrow();
        school = schools.createSchool(district, demo.data());
        registrar = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "test");
        grade1 = schools.createClass(district, school.id(), new ClassData(1, 1, 2025, 45, null));
        grade2 = schools.createClass(district, school.id(), new ClassData(2, 1, 2024, 45, null));
        // 60 generated grade-1 children (valid IDs, never real people)
        DemoClass template = new DemoClass(new ClassData(1, 1, 2025, 60, null), 60, 0, 60);
        generated = GENERATOR.students(demo, template, school.id(), grade1.id()).toList();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<StudentData> placed(int from, int to, long classId) {
        List<StudentData> list = new ArrayList<>();
        for (StudentData d : generated.subList(from, to)) {
            list.add(inClass(d, classId));
        }
        return list;
    }

    private static StudentData inClass(StudentData d, Long classId) {
        return d.withPlacement(d.schoolId(), classId);
    }

    private static void assertClassFull(Throwable e) {
        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e).errors()).extracting(FieldError::messageKey)
                .contains(RegistryMessages.CLASS_FULL);
    }

    @Test
    void r14_the56thRegistrationIsRefused() {
        assertThat(students.registerAll(registrar, placed(0, 55, grade1.id()))).isEqualTo(55);

        assertThatThrownBy(() -> students.register(registrar, placed(55, 56, grade1.id()).get(0)))
                .satisfies(ClassCapRuleTest::assertClassFull);
        assertThat(store.count("select count(*) from REG_STUDENT where CLASS_ID = " + grade1.id())).isEqualTo(55);
    }

    @Test
    void r14_aBatchThatWouldOverfillIsRefusedWhole() {
        assertThat(students.registerAll(registrar, placed(0, 50, grade1.id()))).isEqualTo(50);

        assertThatThrownBy(() -> students.registerAll(registrar, placed(50, 56, grade1.id())))
                .satisfies(ClassCapRuleTest::assertClassFull);
        // all or nothing: not even the five that would have fitted
        assertThat(store.count("select count(*) from REG_STUDENT")).isEqualTo(50);
    }

    @Test
    void r14_anEditCannotMoveAStudentIntoAFullClass() {
        students.registerAll(registrar, placed(0, 55, grade1.id()));
        var outside = students.register(registrar, inClass(generated.get(55), null));

        assertThatThrownBy(() -> students.update(registrar, outside.id(), outside.version(),
                inClass(generated.get(55), grade1.id()))).satisfies(ClassCapRuleTest::assertClassFull);
        // editing a student already in the full class is still possible
        var inside = students.search(registrar, org.xueji.registry.api.StudentQuery.all().withSchool(school.id())
                .withClass(grade1.id()), 0, 1).get(0);
        var record = students.get(registrar, inside.id());
        assertThat(students.update(registrar, record.id(), record.version(), record.data()).id()).isEqualTo(record.id());
    }

    @Test
    void r14_onlyStartingGradesAreCapped() {
        List<StudentData> many = new ArrayList<>();
        for (StudentData d : generated.subList(0, 57)) {
            many.add(inClass(d, grade2.id()));
        }
        // an existing 大班额 class of grade 2 is monitored, not blocked (the notice caps the autumn intake)
        assertThat(students.registerAll(registrar, many)).isEqualTo(57);
    }

    @Test
    void r14_aStartingGradeClassCannotBePlannedAboveTheCap() {
        assertThatThrownBy(() -> schools.createClass(district, school.id(), new ClassData(7, 1, 2025, 56, null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::messageKey)
                        .contains(RegistryMessages.CAPACITY_OVER_CAP));
        assertThat(schools.createClass(district, school.id(), new ClassData(1, 2, 2025, 55, null)).capacity())
                .isEqualTo(55);
    }

    @Test
    void r14_aDistrictGrantWithAWrittenReasonMakesRoomAndIsAudited() {
        students.registerAll(registrar, placed(0, 55, grade1.id()));

        assertThatThrownBy(() -> schools.grantExtraPlaces(registrar, grade1.id(), 1, "随迁子女特殊安置"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schools.grantExtraPlaces(district, grade1.id(), 1, " "))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> schools.grantExtraPlaces(district, grade2.id(), 1, "随迁子女特殊安置"))
                .isInstanceOf(org.xueji.platform.api.DomainException.class);

        schools.ledger = (LedgerService) Proxy.newProxyInstance(LedgerService.class.getClassLoader(),
                new Class<?>[] {LedgerService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("post")) {
                        throw new IllegalStateException("the registry only posts to the ledger");
                    }
                    posted.add((IncidentPost) args[1]);
                    return null;
                });
        schools.grantExtraPlaces(district, grade1.id(), 1, "随迁子女特殊安置，区教育局批复〔2025〕12号");
        // R16: the grant is an entry of the school's ledger
        assertThat(posted).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(IncidentType.R16_CLASS_SIZE);
            assertThat(p.schoolId()).isEqualTo(school.id());
            assertThat(p.description()).isEqualTo(IncidentText.R16_CLASS_OVER_CAP);
            assertThat(p.args()).containsExactly(String.valueOf(grade1.id()), "56", "55");
            assertThat(p.occurredOn()).isEqualTo(store.clock().today());
        });
        assertThat(students.register(registrar, placed(55, 56, grade1.id()).get(0)).id()).isPositive();
        assertThatThrownBy(() -> students.register(registrar, placed(56, 57, grade1.id()).get(0)))
                .satisfies(ClassCapRuleTest::assertClassFull);

        assertThat(store.audit()).filteredOn(r -> r.action().equals("class.extra-places")).singleElement()
                .satisfies(r -> {
                    assertThat(r.username()).isEqualTo("district-admin");
                    assertThat(r.changes()).contains("区教育局批复");
                });
        // the registrar's refused attempt is audited too (R1, R7)
        assertThat(store.actions()).contains("access.denied");
    }

    @Test
    void r14_aGrantStandsWhenTheLedgerRefusesItsEntry() {
        schools.ledger = (LedgerService) Proxy.newProxyInstance(LedgerService.class.getClassLoader(),
                new Class<?>[] {LedgerService.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("ledger unavailable");
                });
        SchoolClass granted = schools.grantExtraPlaces(district, grade1.id(), 2, "区教育局批复〔2025〕13号");
        assertThat(granted.id()).isEqualTo(grade1.id());
        assertThat(store.count("select EXTRA_PLACES from REG_CLASS where ID = " + grade1.id())).isEqualTo(2);
        assertThat(store.actions()).contains("class.extra-places");
    }

    @Test
    void r14_theCapIsTheConfiguredOne() {
        RegistryConfig fifty = withCap(50);
        StudentServiceImpl strict = new StudentServiceImpl(store.entityManagerFactory(), store.auditTrail(),
                store.auditService(), store.clock(), fifty);
        strict.registerAll(registrar, placed(0, 50, grade1.id()));
        assertThatThrownBy(() -> strict.register(registrar, placed(50, 51, grade1.id()).get(0)))
                .satisfies(ClassCapRuleTest::assertClassFull);
    }

    static RegistryConfig defaultConfig() {
        return withCap(55);
    }

    static RegistryConfig withCap(int cap) {
        return (RegistryConfig) Proxy.newProxyInstance(RegistryConfig.class.getClassLoader(),
                new Class<?>[] {RegistryConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> RegistryConfig.class;
                    case "classCap" -> cap;
                    default -> method.getDefaultValue();
                });
    }
}
