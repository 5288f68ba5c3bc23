package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.xueji.registry.api.priority.PriorityStudent;

/**
 * PriorityRoster on the real registry schema (R28 priority groups, R23 school-age counts): flags
 * and birth dates set in SQL to a crafted case, expectations counted by hand.
 */
class PriorityRosterTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(11, 2025);

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = ClassCapRuleTest.defaultConfig();
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final PriorityRosterImpl roster = new PriorityRosterImpl(store.support());
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    private Actor registrarA;
    private Actor headA1;
    private Actor principalB;
    private long schoolA;
    private long schoolB;
    private long[] s; // s[1] … s[6]

    @BeforeEach
    void setUp() {
        List<DemoSchool> demo = GENERATOR.schools(2000).stream()
                .filter(x -> x.classes().stream().anyMatch(c -> c.gradeLevel() == 1)).limit(2).toList();
        School a = schools.createSchool(district, demo.get(0).data());
        School b = schools.createSchool(district, demo.get(1).data());
        schoolA = a.id();
        schoolB = b.id();
        SchoolClass a1 = schools.createClass(district, a.id(), new ClassData(1, 1, 2025, 45, null));
        SchoolClass a2 = schools.createClass(district, a.id(), new ClassData(1, 2, 2025, 45, null));
        SchoolClass b1 = schools.createClass(district, b.id(), new ClassData(1, 1, 2025, 45, null));
        registrarA = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, a.id(), Set.of(), "test");
        Actor registrarB = Actor.of("registrar2", "学籍员乙", Role.SCHOOL_REGISTRAR, b.id(), Set.of(), "test");
        headA1 = Actor.of("head1", "班主任", Role.HEAD_TEACHER, a.id(), Set.of(a1.id()), "test");
        principalB = Actor.of("principal2", "校长乙", Role.PRINCIPAL, b.id(), Set.of(), "test");
        List<org.xueji.registry.api.StudentData> six = GENERATOR.students(demo.get(0),
                new DemoClass(new ClassData(1, 1, 2025, 6, null), 6, 0, 6), a.id(), a1.id()).limit(6).toList();
        List<Student> inA = six.subList(0, 5).stream().map(d -> students.register(registrarA, d)).toList();
        Student inB = students.register(registrarB, six.get(5).withPlacement(b.id(), b1.id()));
        s = new long[] {0, inA.get(0).id(), inA.get(1).id(), inA.get(2).id(), inA.get(3).id(), inA.get(4).id(), inB.id()};
        // start from no flags at all, then the crafted case
        store.execute("UPDATE REG_STUDENT SET ORPHAN = FALSE, MIGRANT = FALSE, LEFT_BEHIND = '0', DISABILITY = '0'");
        set(1, "ORPHAN = TRUE, BIRTH_DATE = '2019-09-01'");            // 6 on 2025-09-01
        set(2, "LEFT_BEHIND = '1', BIRTH_DATE = '2015-01-01', RECORD_STATUS = 'WITHDRAWN'");
        set(3, "DISABILITY = '4', BIRTH_DATE = '2019-09-02'");          // 5 on 2025-09-01
        set(4, "BIRTH_DATE = '2008-09-02'");                            // 16 on 2025-09-01
        set(5, "MIGRANT = TRUE, BIRTH_DATE = '2008-09-01', CLASS_ID = " + a2.id()); // 17
        set(6, "ORPHAN = TRUE, LEFT_BEHIND = '2', BIRTH_DATE = '2015-01-01'");
    }

    private void set(int i, String assignments) {
        store.execute("UPDATE REG_STUDENT SET " + assignments + " WHERE ID = " + s[i]);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void r28_priorityGroupsFromTheRecordsFlagsInScope() {
        List<PriorityStudent> all = roster.priorityStudents(district, null);
        assertThat(all).extracting(PriorityStudent::id).containsExactlyInAnyOrder(s[1], s[3], s[5], s[6]);
        PriorityStudent six = all.stream().filter(p -> p.id() == s[6]).findFirst().orElseThrow();
        assertThat(six.orphan()).isTrue();
        assertThat(six.leftBehind()).isTrue();
        assertThat(six.disabled()).isFalse();
        assertThat(six.migrant()).isFalse();
        assertThat(all.stream().filter(p -> p.id() == s[3]).findFirst().orElseThrow().disabled()).isTrue();

        assertThat(roster.priorityStudents(registrarA, null)).extracting(PriorityStudent::id)
                .containsExactlyInAnyOrder(s[1], s[3], s[5]);
        assertThat(roster.priorityStudents(headA1, null)).extracting(PriorityStudent::id)
                .containsExactlyInAnyOrder(s[1], s[3]);
        assertThat(roster.priorityStudents(district, schoolB)).extracting(PriorityStudent::id).containsExactly(s[6]);
        assertThatThrownBy(() -> roster.priorityStudents(principalB, schoolA)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.actions()).contains("access.denied");
    }

    @Test
    void r23_compulsoryAgeRecordsCountedPerSchoolOnTheDay() {
        LocalDate on = LocalDate.of(2025, 9, 1);
        // 6 … 16 on 2025-09-01: s1 (6) and s4 (16) in A; s3 is 5, s5 17, s2 withdrawn; s6 (10) in B
        assertThat(roster.schoolAgeCounts(district, on, 6, 16)).isEqualTo(Map.of(schoolA, 2L, schoolB, 1L));
        assertThat(roster.schoolAgeCounts(registrarA, on, 6, 16)).isEqualTo(Map.of(schoolA, 2L));
        assertThat(roster.schoolAgeCounts(district, on.plusDays(1), 6, 16))
                .isEqualTo(Map.of(schoolA, 2L, schoolB, 1L)); // s3 turns 6, s4 turns 17
    }
}
