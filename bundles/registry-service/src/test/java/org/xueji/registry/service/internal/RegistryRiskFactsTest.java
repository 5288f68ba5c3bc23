package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.demo.DemoClass;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.risk.StudentRiskFacts;

/**
 * Issue 10 item 7 on the real registry schema: the early warning's facts of a school's 在读
 * students — grade from the class, 留守/随迁/孤儿/残疾 flags, the 留级 mark, a school change or
 * a suspension since a date — and nothing of records that are not 在读.
 */
class RegistryRiskFactsTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(12, 2025);

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = ClassCapRuleTest.defaultConfig();
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final RegistryRiskFactsImpl facts = new RegistryRiskFactsImpl();
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    private School school;
    private SchoolClass grade8;
    private List<Student> registered;

    @BeforeEach
    void setUp() {
        List<DemoSchool> demo = GENERATOR.schools(2000).stream()
                .filter(s -> s.classes().stream().anyMatch(c -> c.gradeLevel() == 8)).limit(1).toList();
        school = schools.createSchool(district, demo.get(0).data());
        grade8 = schools.createClass(district, school.id(), new ClassData(8, 1, 2018, 45, null));
        DemoClass template = new DemoClass(new ClassData(8, 1, 2018, 4, null), 4, 0, 4);
        registered = GENERATOR.students(demo.get(0), template, school.id(), grade8.id())
                .map(d -> students.register(district, d)).toList();
        // plain flags: the generator's values are replaced so the expectations below are known
        store.execute("UPDATE REG_STUDENT SET LEFT_BEHIND = '0', MIGRANT = FALSE, ORPHAN = FALSE, DISABILITY = '0'");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void item7_factsOfTheInSchoolStudents() {
        long s0 = registered.get(0).id();
        long s1 = registered.get(1).id();
        long s2 = registered.get(2).id();
        long s3 = registered.get(3).id();
        store.execute("UPDATE REG_STUDENT SET LEFT_BEHIND = '2' WHERE ID = " + s0);
        store.execute("UPDATE REG_STUDENT SET DISABILITY = '4', REPEAT_YEAR = 2024 WHERE ID = " + s1);
        // s2 changed school last month and was suspended two years ago (too old to count)
        store.execute("INSERT INTO REG_STUDENT_HISTORY (STUDENT_ID, FIELD, OLD_VALUE, NEW_VALUE, CHANGED_BY, "
                + "CHANGED_AT, AUDIT_EVENT_ID) VALUES (" + s2 + ", 'schoolId', '1', '" + school.id()
                + "', 'x', TIMESTAMP('2025-09-10 10:00:00'), 0)");
        store.execute("INSERT INTO REG_STUDENT_HISTORY (STUDENT_ID, FIELD, OLD_VALUE, NEW_VALUE, CHANGED_BY, "
                + "CHANGED_AT, AUDIT_EVENT_ID) VALUES (" + s2 + ", 'recordStatus', 'ACTIVE', 'SUSPENDED', 'x', "
                + "TIMESTAMP('2023-09-10 10:00:00'), 0)");
        // s3 transferred out: not 在读, not scored
        store.execute("UPDATE REG_STUDENT SET RECORD_STATUS = 'TRANSFERRED_OUT', CLASS_ID = NULL WHERE ID = " + s3);

        Map<Long, StudentRiskFacts> byId = store.transactions().read(em ->
                facts.ofSchool(em, district, school.id(), LocalDate.of(2024, 10, 15))).stream()
                .collect(Collectors.toMap(StudentRiskFacts::studentId, f -> f));

        assertThat(byId.keySet()).containsExactlyInAnyOrder(s0, s1, s2);
        assertThat(byId.values()).allSatisfy(f -> {
            assertThat(f.gradeLevel()).isEqualTo(8);
            assertThat(f.classId()).isEqualTo(grade8.id());
            assertThat(f.birthDate()).isNotNull();
        });
        assertThat(byId.get(s0).leftBehind()).isTrue();
        assertThat(byId.get(s0).priorityGroup()).isTrue();
        assertThat(byId.get(s1).disabled()).isTrue();
        assertThat(byId.get(s1).repeated()).isTrue();
        assertThat(byId.get(s2).recentTransfer()).isTrue();
        assertThat(byId.get(s2).recentSuspension()).isFalse();
        assertThat(byId.get(s2).priorityGroup()).isFalse();
        assertThat(byId.get(s2).repeated()).isFalse();

        // with an older window the suspension counts too
        StudentRiskFacts older = store.transactions().read(em ->
                facts.ofStudent(em, district, s2, LocalDate.of(2023, 1, 1))).orElseThrow();
        assertThat(older.recentSuspension()).isTrue();
        java.util.Optional<StudentRiskFacts> gone = store.transactions().read(em ->
                facts.ofStudent(em, district, s3, LocalDate.of(2023, 1, 1)));
        assertThat(gone).isEmpty();
    }

    @Test
    void r1_anotherSchoolsAccountIsRefused() {
        Actor other = Actor.of("principal9", "校长", Role.PRINCIPAL, school.id() + 1000, Set.of(), "test");
        Actor official = Actor.of("village1", "村干部", Role.VILLAGE_OFFICIAL, null, Set.of(), "test");
        for (Actor a : List.of(other, official)) {
            assertThatThrownBy(() -> store.transactions().read(em -> facts.ofSchool(em, a, school.id(),
                    LocalDate.of(2025, 1, 1)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> store.transactions().read(em -> facts.ofStudent(em, a, registered.get(0).id(),
                    LocalDate.of(2025, 1, 1)))).isInstanceOf(AccessDeniedException.class);
        }
    }
}
