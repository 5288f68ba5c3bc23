package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.placement.IntakeStudent;
import org.xueji.registry.api.placement.PlacementMessages;

/** Issue 9: the registry side of class balancing (intake, placement with R14) on the real registry schema. */
class ClassPlacementImplTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(11, 2025);
    private static final int YEAR = 2025;

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = ClassCapRuleTest.defaultConfig();
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final ClassPlacementImpl placement = new ClassPlacementImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock());
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    private School school;
    private Actor registrar;
    private Actor principal;
    private SchoolClass c1;
    private SchoolClass c2;
    private final List<Student> intake = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store.clock().setToday(LocalDate.of(2025, 8, 25));
        schools.saveSchoolYear(district, GENERATOR.schoolYear());
        DemoSchool demo = GENERATOR.schools(2000).stream()
                .filter(s -> SchoolType.PRIMARY.equals(s.data().type())).findFirst().orElseThrow();
        school = schools.createSchool(district, demo.data());
        registrar = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "test");
        principal = Actor.of("principal1", "校长", Role.PRINCIPAL, school.id(), Set.of(), "test");
        c1 = schools.createClass(district, school.id(), new ClassData(1, 1, YEAR, 45, null));
        c2 = schools.createClass(district, school.id(), new ClassData(1, 2, YEAR, 45, null));
        List<StudentData> pool = GENERATOR.students(demo, new DemoClass(new ClassData(1, 1, YEAR, 60, null), 60, 0, 60),
                school.id(), 0L).toList();
        for (int i = 0; i < 6; i++) {
            intake.add(students.register(registrar, pool.get(i).withPlacement(school.id(), i < 4 ? c1.id() : c2.id())));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long classHistoryRows() {
        return store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE FIELD = 'classId'");
    }

    @Test
    void intakeListsTheGradesNewStudentsWithTheirClassNumber() {
        List<IntakeStudent> list = placement.intake(registrar, school.id(), 1, YEAR);
        assertThat(list).extracting(IntakeStudent::studentId)
                .containsExactlyElementsOf(intake.stream().map(Student::id).toList());
        assertThat(list).extracting(IntakeStudent::classNumber).containsExactly(1, 1, 1, 1, 2, 2);
        assertThat(placement.classes(principal, school.id(), 1, YEAR)).containsExactly(
                Map.entry(1, c1.id()), Map.entry(2, c2.id()));
    }

    @Test
    void r1_intakeNeedsBalanceClassesAndTheSchool() {
        Actor other = Actor.of("registrar2", "学籍员", Role.SCHOOL_REGISTRAR, school.id() + 1000, Set.of(), "test");
        assertThatThrownBy(() -> placement.intake(principal, school.id(), 1, YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> placement.intake(other, school.id(), 1, YEAR)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void placementMovesStudentsWithHistoryAndAuditInTheCallersTransaction() {
        long before = classHistoryRows();
        Map<Long, Integer> target = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            target.put(intake.get(i).id(), i % 2 == 0 ? 1 : 2); // 3 and 3
        }
        int changed = store.transactions().inTransaction(em -> placement.place(em, principal, school.id(), 1, YEAR, target, 55));
        // students 1 and 3 leave class 1, student 4 leaves class 2 → 3 changes
        assertThat(changed).isEqualTo(3);
        assertThat(placement.intake(registrar, school.id(), 1, YEAR)).extracting(IntakeStudent::classNumber)
                .containsExactly(1, 2, 1, 2, 1, 2);
        assertThat(classHistoryRows() - before).isEqualTo(3);
        assertThat(store.actions().stream().filter(ClassPlacementImpl.ACTION::equals).count()).isEqualTo(3);
    }

    @Test
    void r14_placementOverTheCapRefusedAndNothingWritten() {
        long before = classHistoryRows();
        Map<Long, Integer> target = new HashMap<>();
        intake.forEach(s -> target.put(s.id(), 1)); // 6 into class 1 with cap 5
        assertThatThrownBy(() -> store.transactions().inTransaction(
                em -> placement.place(em, principal, school.id(), 1, YEAR, target, 5)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(PlacementMessages.CLASS_OVER_CAP));
        assertThat(placement.intake(registrar, school.id(), 1, YEAR)).extracting(IntakeStudent::classNumber)
                .containsExactly(1, 1, 1, 1, 2, 2);
        assertThat(classHistoryRows()).isEqualTo(before);
    }

    @Test
    void placementRefusesMissingClassesStrangersAndNonDeciders() {
        Map<Long, Integer> toClass3 = Map.of(intake.get(0).id(), 3);
        assertThatThrownBy(() -> store.transactions().inTransaction(
                em -> placement.place(em, principal, school.id(), 1, YEAR, toClass3, 55)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(PlacementMessages.CLASS_MISSING));
        Map<Long, Integer> stranger = Map.of(999_999L, 1);
        assertThatThrownBy(() -> store.transactions().inTransaction(
                em -> placement.place(em, principal, school.id(), 1, YEAR, stranger, 55)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(PlacementMessages.NOT_IN_INTAKE));
        assertThatThrownBy(() -> store.transactions().inTransaction(
                em -> placement.place(em, registrar, school.id(), 1, YEAR, Map.of(intake.get(0).id(), 2), 55)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void headTeachersDrawnForTheClassesAreSetInTheCallersTransactionAndAuditedWithoutNames() {
        int changed = store.transactions().inTransaction(em -> placement.setHeadTeachers(em, principal, school.id(), 1,
                YEAR, Map.of(1, "赵老师", 2, "钱老师")));
        assertThat(changed).isEqualTo(2);
        assertThat(schools.getClass(district, c1.id()).headTeacher()).isEqualTo("赵老师");
        assertThat(schools.getClass(district, c2.id()).headTeacher()).isEqualTo("钱老师");
        assertThat(store.audit()).filteredOn(r -> ClassPlacementImpl.HEAD_TEACHER_ACTION.equals(r.action()))
                .hasSize(2).allSatisfy(r -> assertThat(r.changes()).doesNotContain("赵").doesNotContain("钱"));
        // the same names again change nothing
        int again = store.transactions().inTransaction(em -> placement.setHeadTeachers(em, principal, school.id(), 1,
                YEAR, Map.of(1, "赵老师")));
        assertThat(again).isZero();
    }

    @Test
    void headTeachersRefusedForAMissingClassABlankNameOrAnotherSchoolAndNothingWritten() {
        assertThatThrownBy(() -> store.transactions().inTransaction(em -> placement.setHeadTeachers(em, principal,
                school.id(), 1, YEAR, Map.of(1, "赵老师", 3, "孙老师"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(PlacementMessages.CLASS_MISSING));
        assertThatThrownBy(() -> store.transactions().inTransaction(em -> placement.setHeadTeachers(em, principal,
                school.id(), 1, YEAR, Map.of(1, "赵老师", 2, " "))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(PlacementMessages.HEAD_TEACHER_INVALID));
        Actor otherPrincipal = Actor.of("principal2", "校长", Role.PRINCIPAL, school.id() + 1, Set.of(), "test");
        assertThatThrownBy(() -> store.transactions().inTransaction(em -> placement.setHeadTeachers(em, otherPrincipal,
                school.id(), 1, YEAR, Map.of(1, "赵老师")))).isInstanceOf(AccessDeniedException.class);
        assertThat(schools.getClass(district, c1.id()).headTeacher()).isNull();
    }
}
