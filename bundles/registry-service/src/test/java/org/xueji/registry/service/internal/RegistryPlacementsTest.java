package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.demo.DemoClass;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.DemoSchool;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Role;
import org.xueji.platform.testkit.AuditRow;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentHistoryEntry;
import org.xueji.registry.api.followup.Placement;

/**
 * Issue 11 on the real registry schema: an approved placement sets 随班就读 (INCLUSION) or
 * 送教上门 (HOME_TEACHING, changelog 012) in the caller's transaction, moves the version on,
 * keeps the values in the record history and names only the fields in the audit row.
 */
class RegistryPlacementsTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(11, 2025);

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = ClassCapRuleTest.defaultConfig();
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final RegistryPlacementsImpl placements = new RegistryPlacementsImpl(store.auditTrail(), store.clock());
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    private Student student;
    private Actor otherPrincipal;
    private Actor registrar;

    @BeforeEach
    void setUp() {
        List<DemoSchool> demo = GENERATOR.schools(2000).stream()
                .filter(s -> s.classes().stream().anyMatch(c -> c.gradeLevel() == 1)).limit(2).toList();
        School school = schools.createSchool(district, demo.get(0).data());
        School other = schools.createSchool(district, demo.get(1).data());
        registrar = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "test");
        otherPrincipal = Actor.of("principal2", "校长乙", Role.PRINCIPAL, other.id(), Set.of(), "test");
        SchoolClass grade1 = schools.createClass(district, school.id(), new ClassData(1, 1, 2025, 45, null));
        DemoClass template = new DemoClass(new ClassData(1, 1, 2025, 3, null), 3, 0, 3);
        student = students.register(registrar, GENERATOR.students(demo.get(0), template, school.id(), grade1.id())
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Object[] flags() {
        return store.transactions().read(em -> (Object[]) em.createNativeQuery(
                "SELECT INCLUSION, HOME_TEACHING, VERSION FROM REG_STUDENT WHERE ID = ?")
                .setParameter(1, student.id()).getSingleResult());
    }

    @Test
    void r26_homeTeachingSetsTheFlagWithHistoryAndAnAuditRowWithoutValues() {
        long before = ((Number) flags()[2]).longValue();
        long school = store.transactions().inTransaction(em ->
                placements.applyPlacement(em, district, student.id(), Placement.HOME_TEACHING));
        assertThat(school).isEqualTo(student.data().schoolId());
        Object[] after = flags();
        assertThat(after[0]).isEqualTo(false);
        assertThat(after[1]).isEqualTo(true);
        assertThat(((Number) after[2]).longValue()).isEqualTo(before + 1);
        boolean flagged = store.transactions().read(em -> placements.homeTeaching(em, student.id()));
        assertThat(flagged).isTrue();
        AuditRow row = store.audit().stream().filter(r -> r.action().equals("student.placement")).findFirst()
                .orElseThrow();
        assertThat(row.changes()).contains("homeTeaching").doesNotContain("true");
        List<StudentHistoryEntry> history = students.history(registrar, student.id());
        assertThat(history).anyMatch(h -> h.field().equals("homeTeaching") && "true".equals(h.newValue()));
    }

    @Test
    void r25_aRegularClassPlacementSetsInclusionAndEndsHomeTeaching() {
        store.transactions().run(em -> placements.applyPlacement(em, district, student.id(), Placement.HOME_TEACHING));
        store.transactions().run(em -> placements.applyPlacement(em, district, student.id(), Placement.REGULAR_CLASS));
        assertThat(flags()[0]).isEqualTo(true);
        assertThat(flags()[1]).isEqualTo(false);
        store.transactions().run(em -> placements.applyPlacement(em, district, student.id(), Placement.SPECIAL_SCHOOL));
        assertThat(flags()[0]).isEqualTo(false);
        assertThat(flags()[1]).isEqualTo(false);
    }

    @Test
    void r26_theFlagRollsBackWithTheCallersTransaction() {
        assertThatThrownBy(() -> store.transactions().run(em -> {
            placements.applyPlacement(em, district, student.id(), Placement.HOME_TEACHING);
            throw new IllegalStateException("the module's own write failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(flags()[1]).isEqualTo(false);
        assertThat(store.actions()).doesNotContain("student.placement");
    }

    @Test
    void r1_anotherSchoolOrAnActorWithoutApprovalCannotPlace() {
        assertThatThrownBy(() -> store.transactions().run(em ->
                placements.applyPlacement(em, otherPrincipal, student.id(), Placement.HOME_TEACHING)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.transactions().run(em ->
                placements.applyPlacement(em, registrar, student.id(), Placement.HOME_TEACHING)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.transactions().run(em ->
                placements.applyPlacement(em, district, 999_999L, Placement.HOME_TEACHING)))
                .isInstanceOf(NotFoundException.class);
        assertThat(flags()[1]).isEqualTo(false);
    }

    @Test
    void r26_theRecordShowsHomeTeachingAndAnEditOfTheRecordLeavesIt() {
        assertThat(students.get(registrar, student.id()).homeTeaching()).isFalse();
        store.transactions().run(em -> placements.applyPlacement(em, district, student.id(), Placement.HOME_TEACHING));
        Student placed = students.get(registrar, student.id());
        assertThat(placed.homeTeaching()).isTrue();
        assertThat(placed.data().inclusion()).isFalse();

        // an edit of the record (even one asking for 随班就读) does not touch the placement's flag
        StudentData edited = withInclusion(placed.data(), true);
        Student saved = students.update(registrar, student.id(), placed.version(), edited);
        assertThat(saved.homeTeaching()).isTrue();
        assertThat(flags()[1]).isEqualTo(true);
        assertThat(students.get(registrar, student.id()).homeTeaching()).isTrue();

        store.transactions().run(em -> placements.applyPlacement(em, district, student.id(), Placement.REGULAR_CLASS));
        assertThat(students.get(registrar, student.id()).homeTeaching()).isFalse();
        assertThat(students.findByIdNumber(registrar, placed.data().idNumber()).orElseThrow().homeTeaching())
                .isFalse();
    }

    private static StudentData withInclusion(StudentData d, boolean inclusion) {
        return new StudentData(d.name(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), d.birthPlace(),
                d.nativePlace(), d.ethnicityCode(), d.nationality(), d.householdAddress(), d.householdType(),
                d.currentAddress(), d.entryYearMonth(), d.entryWay(), d.studyMode(), d.onlyChild(), d.preschool(),
                d.leftBehind(), d.migrant(), d.orphan(), d.martyrChild(), inclusion, d.disability(), d.schoolId(),
                d.classId(), d.guardians());
    }
}
