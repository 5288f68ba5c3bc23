package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.demo.DemoClass;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.IntakeCount;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;

/**
 * R19's registration progress counts a school's intake of an entry grade in a school year: records
 * registered by the enrollment module carry their entry grade; records from before it carry none,
 * and their class's grade tells it. On the real schema, with records of both kinds and the ones
 * that must not count.
 */
class IntakeCountsTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(19, 2026);
    private static final int YEAR = 2026;

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), ClassCapRuleTest.defaultConfig());
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), ClassCapRuleTest.defaultConfig());
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    private School school;
    private School other;
    private DemoSchool demo;
    private SchoolClass grade1;
    private SchoolClass grade2;

    @BeforeEach
    void setUp() {
        List<DemoSchool> found = GENERATOR.schools(2000).stream()
                .filter(s -> s.classes().stream().anyMatch(c -> c.gradeLevel() == 1)).limit(2).toList();
        demo = found.get(0);
        school = schools.createSchool(district, demo.data());
        other = schools.createSchool(district, found.get(1).data());
        grade1 = schools.createClass(district, school.id(), new ClassData(1, 1, YEAR, 45, null));
        grade2 = schools.createClass(district, school.id(), new ClassData(2, 1, YEAR - 1, 45, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A record of the school in {@code classId}, then its entry month, entry grade and lateness as stored. */
    private void record(long classId, int entryYearMonth, Integer entryGrade, boolean late) {
        int made = store.transactions().read(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM REG_STUDENT").getSingleResult()).intValue());
        // generated students with valid ID numbers, a different one each time
        DemoClass template = new DemoClass(new ClassData(1, 1, YEAR, 10, null), 10, 0, 10);
        StudentData data = GENERATOR.students(demo, template, school.id(), grade1.id()).skip(made).findFirst()
                .orElseThrow().withPlacement(school.id(), classId);
        Student s = students.register(district, data);
        // a typed null would need a type Hibernate's native query cannot infer
        String grade = entryGrade == null ? "NULL" : String.valueOf(entryGrade.intValue());
        store.transactions().inTransaction(em -> em.createNativeQuery("UPDATE REG_STUDENT SET ENTRY_YEAR_MONTH = ?,"
                        + " ENTRY_GRADE = " + grade + ", REGISTERED_LATE = ? WHERE ID = ?")
                .setParameter(1, entryYearMonth).setParameter(2, late).setParameter(3, s.id()).executeUpdate());
    }

    @Test
    void r19_theIntakeOfAGradeCountsRegisteredAndOlderRecordsOnce() {
        record(grade1.id(), 202609, null, false);   // before the enrollment module, in a grade-1 class: counts
        record(grade2.id(), 202609, 1, true);       // registered for grade 1 (its class says otherwise): counts, late
        record(grade1.id(), 202610, 1, false);      // registered for grade 1, in its class: counts once
        record(grade2.id(), 202609, null, false);   // an older record of grade 2: not grade 1
        record(grade1.id(), 202509, null, false);   // entered the year before
        record(grade1.id(), 202609, 7, false);      // registered for grade 7 though in a grade-1 class

        assertThat(students.intakeCounts(district, 1, YEAR)).containsExactly(new IntakeCount(school.id(), 3, 1));
        assertThat(students.intakeCounts(district, 2, YEAR)).containsExactly(new IntakeCount(school.id(), 1, 0));
        assertThat(students.intakeCounts(district, 7, YEAR)).containsExactly(new IntakeCount(school.id(), 1, 0));
    }

    @Test
    void r1_aSchoolSeesOnlyItsOwnIntake() {
        record(grade1.id(), 202609, null, false);
        record(grade2.id(), 202609, 1, false);
        Actor otherRegistrar = Actor.of("registrar2", "学籍员", Role.SCHOOL_REGISTRAR, other.id(), Set.of(), "test");
        Actor registrar = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "test");
        assertThat(students.intakeCounts(otherRegistrar, 1, YEAR)).isEmpty();
        assertThat(students.intakeCounts(registrar, 1, YEAR)).containsExactly(new IntakeCount(school.id(), 2, 0));
    }
}
