package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
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
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.BatchControl;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.RolloverMessages;
import org.xueji.registry.api.RolloverPlan;
import org.xueji.registry.api.RolloverPlan.GradeRollover;
import org.xueji.registry.api.RolloverPlan.SchoolRollover;
import org.xueji.registry.api.RolloverResult;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;

/**
 * Issue 15, the year-end rollover (升级 and 毕业) on the real registry schema, on a crafted
 * primary school whose expected outcome is counted by hand below.
 */
class RolloverServiceImplTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(11, 2025);
    private static final int YEAR = 2025;

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = ClassCapRuleTest.defaultConfig();
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final RolloverServiceImpl rollover = new RolloverServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    private School school;
    private Actor registrar;
    private List<StudentData> pool;
    private int next;
    /** the crafted classes: grade 1 (1), grade 2 (1, 2), grade 3 (1), grade 6 (1, 2) */
    private SchoolClass g1c1;
    private SchoolClass g2c1;
    private SchoolClass g2c2;
    private SchoolClass g3c1;
    private SchoolClass g6c1;
    private SchoolClass g6c2;
    private Student repeater1;
    private Student repeater3;
    private Student repeater6;
    private Student graduate;

    @BeforeEach
    void setUp() {
        store.clock().setToday(LocalDate.of(2026, 8, 20)); // the 2025–2026 year ended on 10 July 2026
        schools.saveSchoolYear(district, GENERATOR.schoolYear()); // 1 September 2025 to 10 July 2026
        DemoSchool demo = GENERATOR.schools(2000).stream()
                .filter(s -> SchoolType.PRIMARY.equals(s.data().type())).findFirst().orElseThrow();
        school = schools.createSchool(district, demo.data());
        registrar = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "test");
        pool = GENERATOR.students(demo, new DemoClass(new ClassData(1, 1, 2025, 60, null), 60, 0, 60),
                school.id(), 0L).toList();
        g1c1 = schools.createClass(district, school.id(), new ClassData(1, 1, 2025, 40, "一班老师"));
        g2c1 = schools.createClass(district, school.id(), new ClassData(2, 1, 2024, 44, "二一老师"));
        g2c2 = schools.createClass(district, school.id(), new ClassData(2, 2, 2024, 43, null));
        g3c1 = schools.createClass(district, school.id(), new ClassData(3, 1, 2023, 45, null));
        g6c1 = schools.createClass(district, school.id(), new ClassData(6, 1, 2020, 46, null));
        g6c2 = schools.createClass(district, school.id(), new ClassData(6, 2, 2020, 45, null));
        repeater1 = add(g1c1, 3).get(0);
        add(g2c1, 3);
        add(g2c2, 2);
        repeater3 = add(g3c1, 2).get(0);
        repeater6 = add(g6c1, 3).get(0);
        graduate = add(g6c2, 2).get(0);
        for (Student r : List.of(repeater1, repeater3, repeater6)) {
            rollover.markRepeating(registrar, r.id(), YEAR, true);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Student> add(SchoolClass c, int n) {
        List<Student> added = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StudentData d = pool.get(next++);
            added.add(students.register(registrar, d.withPlacement(school.id(), c.id())));
        }
        return added;
    }

    @Test
    void theDryRunCountsEachGradeAndWritesNothing() {
        String before = snapshot();

        RolloverPlan plan = rollover.plan(district, YEAR, school.id());

        assertThat(plan.yearEnded()).isTrue();
        SchoolRollover s = plan.schools().get(0);
        assertThat(s.done()).isFalse();
        assertThat(s.problems()).isEmpty();
        assertThat(s.grades()).containsExactly(
                new GradeRollover(1, 1, 2, 0, 1),
                new GradeRollover(2, 2, 5, 0, 0),
                new GradeRollover(3, 1, 1, 0, 1),
                new GradeRollover(4, 0, 0, 0, 0),
                new GradeRollover(5, 0, 0, 0, 0),
                new GradeRollover(6, 2, 0, 4, 1));
        // grade 1 (1) and grade 6 (1) for the repeaters: no class moves up into them
        assertThat(s.classesToCreate()).isEqualTo(2);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void eachGradeMovesUpKeepingClassNumbersTheFinalGradeGraduatesRepeatersStay() {
        RolloverResult result = rollover.run(district, YEAR, school.id(), BatchControl.NONE);

        assertThat(result).isEqualTo(new RolloverResult(YEAR, 1, 0, 8, 4, 3, 2));
        // the class rows move up with their cohort: same id, number, capacity, head teacher
        assertClass(g1c1.id(), 2, 1, 40, 0, 2);
        assertThat(schools.getClass(district, g1c1.id()).headTeacher()).isEqualTo("一班老师");
        assertClass(g2c1.id(), 3, 1, 44, 0, 3 + 1); // with the grade-3 repeater
        assertClass(g2c2.id(), 3, 2, 43, 0, 2);
        assertClass(g3c1.id(), 4, 1, 45, 0, 1);
        // the final grade: closed, its graduates stay in it
        assertClass(g6c1.id(), 6, 1, 46, YEAR, 2);
        assertClass(g6c2.id(), 6, 2, 45, YEAR, 2);
        assertThat(store.count("select count(*) from REG_STUDENT where GRADUATED_YEAR = 2025")).isEqualTo(4);
        // repeaters: still in their grade, in the new year's class of the same number
        assertThat(gradeOf(repeater1)).isEqualTo(1);
        assertThat(gradeOf(repeater3)).isEqualTo(3);
        assertThat(gradeOf(repeater6)).isEqualTo(6);
        assertThat(classIdOf(repeater3)).isEqualTo(g2c1.id());
        // the classes created for repeaters keep the old class's capacity
        assertThat(store.count("select CAPACITY from REG_CLASS where ID = " + classIdOf(repeater1))).isEqualTo(40);
        assertThat(store.count("select CAPACITY from REG_CLASS where ID = " + classIdOf(repeater6))).isEqualTo(46);
        // starting grade left for admission: only the repeater's class is in grade 1
        assertThat(store.count("select count(*) from REG_CLASS where GRADE_LEVEL = 1 and CLOSED_YEAR = 0"))
                .isEqualTo(1);
        // the school's open classes no longer list the graduated ones
        assertThat(schools.listClasses(registrar, school.id())).extracting(SchoolClass::id)
                .doesNotContain(g6c1.id(), g6c2.id());
        assertThat(schools.counts(registrar).students()).isEqualTo(15 - 4);
        assertThat(store.actions()).contains("rollover.school");
    }

    @Test
    void graduatesStayVisibleButReadOnly() {
        rollover.run(district, YEAR, school.id(), BatchControl.NONE);

        Student seen = students.get(registrar, graduate.id());
        assertThat(rollover.standing(registrar, graduate.id()).graduatedYear()).isEqualTo(YEAR);
        assertThat(rollover.standing(district, graduate.id()).graduated()).isTrue();
        assertThatThrownBy(() -> students.update(registrar, seen.id(), seen.version(), seen.data()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(RolloverMessages.STUDENT_GRADUATED));
        assertThatThrownBy(() -> rollover.markRepeating(registrar, graduate.id(), 2026, true))
                .isInstanceOf(DomainException.class);
        // nobody is placed in a graduated class
        StudentData newcomer = pool.get(next).withPlacement(school.id(), g6c2.id());
        assertThatThrownBy(() -> students.register(registrar, newcomer)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aSecondRunChangesNothing() {
        rollover.run(district, YEAR, school.id(), BatchControl.NONE);
        String after = snapshot();
        long auditRows = store.audit().size();

        RolloverResult second = rollover.run(district, YEAR, null, BatchControl.NONE);

        assertThat(second.schoolsRolled()).isZero();
        assertThat(second.schoolsSkipped()).isEqualTo(1);
        assertThat(snapshot()).isEqualTo(after);
        assertThat(store.audit()).hasSize((int) auditRows);
        assertThat(rollover.plan(district, YEAR, null).schools().get(0).done()).isTrue();
        // a repeat mark for a year already rolled over would do nothing: refused
        assertThatThrownBy(() -> rollover.markRepeating(registrar, repeater1.id(), YEAR, false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(RolloverMessages.ROLLOVER_ALREADY_DONE));
    }

    @Test
    void aFailureInTheMiddleOfASchoolLeavesItAsItWas() {
        String before = snapshot();
        // the failure strikes after the final grade has graduated and before the others moved up
        BatchControl failing = new BatchControl(() -> false, handled -> {
            if (handled > 0) {
                throw new IllegalStateException("disk full (injected)");
            }
        });

        assertThatThrownBy(() -> rollover.run(district, YEAR, school.id(), failing))
                .hasMessageContaining("injected");

        assertThat(snapshot()).isEqualTo(before);
        assertThat(store.count("select count(*) from REG_ROLLOVER")).isZero();
        assertThat(store.actions()).doesNotContain("rollover.school");
        // and the next run does it all
        assertThat(rollover.run(district, YEAR, school.id(), BatchControl.NONE).graduated()).isEqualTo(4);
    }

    @Test
    void aStopRequestRollsTheSchoolInProgressBack() {
        String before = snapshot();
        AtomicReference<Integer> calls = new AtomicReference<>(0);
        BatchControl stopping = new BatchControl(() -> calls.getAndUpdate(n -> n + 1) >= 1, n -> { });

        assertThatThrownBy(() -> rollover.run(district, YEAR, school.id(), stopping))
                .isInstanceOf(org.xueji.registry.api.BatchStoppedException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void aRolloverBeforeTheYearHasEndedIsRefused() {
        store.clock().setToday(GENERATOR.schoolYear().secondSemesterEnd()); // its last day
        String before = snapshot();

        assertThatThrownBy(() -> rollover.run(district, YEAR, null, BatchControl.NONE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(RolloverMessages.ROLLOVER_YEAR_NOT_ENDED));
        assertThat(snapshot()).isEqualTo(before);
        // the dry run still shows what would happen, and says the year has not ended
        assertThat(rollover.plan(district, YEAR, null).yearEnded()).isFalse();
    }

    @Test
    void aYearWithoutDatesIsRefused() {
        assertThatThrownBy(() -> rollover.run(district, 2019, null, BatchControl.NONE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(RolloverMessages.ROLLOVER_YEAR_UNKNOWN));
    }

    @Test
    void twoRunsAtOnceAreRefused() {
        List<Throwable> second = new ArrayList<>();
        // while the first run works on the school, a second one is started
        BatchControl startsAnother = new BatchControl(() -> false, n -> {
            if (second.isEmpty()) {
                try {
                    rollover.run(district, YEAR, null, BatchControl.NONE);
                    second.add(new AssertionError("the second run was not refused"));
                } catch (DomainException e) {
                    second.add(e);
                }
            }
        });

        RolloverResult first = rollover.run(district, YEAR, school.id(), startsAnother);

        assertThat(second).singleElement().isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(RolloverMessages.ROLLOVER_ALREADY_RUNNING));
        assertThat(first.graduated()).isEqualTo(4);
        assertThat(store.count("select count(*) from REG_ROLLOVER")).isEqualTo(1);
    }

    @Test
    void aSchoolWithStudentsInAGradeItDoesNotTeachRefusesTheRunWhole() {
        School junior = schools.createSchool(district, new SchoolData("4301049901", "测试初中", SchoolType.JUNIOR,
                "含浦街道", List.of(), false, null, null));
        SchoolClass g7 = schools.createClass(district, junior.id(), new ClassData(7, 1, 2025, 50, null));
        students.register(district, pool.get(next++).withPlacement(junior.id(), g7.id()));
        // a wrong class grade written outside the services (an old import)
        store.execute("update REG_CLASS set GRADE_LEVEL = 5 where ID = " + g7.id());
        String before = snapshot();

        SchoolRollover planned = rollover.plan(district, YEAR, null).schools().stream()
                .filter(s -> s.schoolId() == junior.id()).findFirst().orElseThrow();
        assertThat(planned.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(RolloverMessages.ROLLOVER_GRADE_NOT_TAUGHT);
            assertThat(p.args()).containsExactly("测试初中", "五年级", "1");
        });
        assertThatThrownBy(() -> rollover.run(district, YEAR, null, BatchControl.NONE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(RolloverMessages.ROLLOVER_SCHOOLS_REFUSED));
        // the crafted primary school was not rolled over either
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void r1_onlyTheDistrictPlansOrRunsTheRollover() {
        assertThatThrownBy(() -> rollover.plan(registrar, YEAR, school.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rollover.run(registrar, YEAR, school.id(), BatchControl.NONE))
                .isInstanceOf(AccessDeniedException.class);
        Actor otherSchool = Actor.of("registrar2", "学籍员", Role.SCHOOL_REGISTRAR, school.id() + 1000, Set.of(),
                "test");
        assertThatThrownBy(() -> rollover.markRepeating(otherSchool, repeater1.id(), YEAR, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.actions()).contains("access.denied");
        assertThat(store.count("select count(*) from REG_ROLLOVER")).isZero();
    }

    @Test
    void unmarkingARepeaterMovesThemUpWithTheirClass() {
        rollover.markRepeating(registrar, repeater3.id(), YEAR, false);
        assertThat(rollover.standing(registrar, repeater3.id()).repeatYear()).isNull();

        rollover.run(district, YEAR, school.id(), BatchControl.NONE);

        assertThat(gradeOf(repeater3)).isEqualTo(4);
        assertThat(store.actions()).contains("student.repeat");
    }

    private void assertClass(long id, int grade, int number, int capacity, int closedYear, int students) {
        assertThat(store.count("select GRADE_LEVEL from REG_CLASS where ID = " + id)).as("grade").isEqualTo(grade);
        assertThat(store.count("select CLASS_NUMBER from REG_CLASS where ID = " + id)).isEqualTo(number);
        assertThat(store.count("select CAPACITY from REG_CLASS where ID = " + id)).isEqualTo(capacity);
        assertThat(store.count("select CLOSED_YEAR from REG_CLASS where ID = " + id)).isEqualTo(closedYear);
        assertThat(store.count("select count(*) from REG_STUDENT where CLASS_ID = " + id)).as("students")
                .isEqualTo(students);
    }

    private long classIdOf(Student s) {
        return store.count("select CLASS_ID from REG_STUDENT where ID = " + s.id());
    }

    private long gradeOf(Student s) {
        return store.count("select c.GRADE_LEVEL from REG_STUDENT s join REG_CLASS c on c.ID = s.CLASS_ID "
                + "where s.ID = " + s.id());
    }

    /** Every class and student row the rollover could touch, as text. */
    private String snapshot() {
        StringBuilder b = new StringBuilder();
        try (var c = store.dataSource().getConnection(); var st = c.createStatement()) {
            for (String sql : List.of("select ID, GRADE_LEVEL, CLASS_NUMBER, CAPACITY, CLOSED_YEAR, VERSION from "
                    + "REG_CLASS order by ID", "select ID, CLASS_ID, GRADUATED_YEAR, REPEAT_YEAR, VERSION from "
                    + "REG_STUDENT order by ID", "select SCHOOL_ID, SCHOOL_YEAR from REG_ROLLOVER")) {
                try (var rs = st.executeQuery(sql)) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) {
                            b.append(rs.getObject(i)).append(',');
                        }
                        b.append('\n');
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return b.toString();
    }
}
