package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
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
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.platform.testkit.ReleaseDouble;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentExport;
import org.xueji.registry.api.StudentQuery;

/**
 * R4 in the service producing the student list, on the real registry schema: the release is
 * asked for the actor, school and grade before any row is read; the rows and columns handed
 * out are only those the release approved. (The release rules themselves are tested in
 * platform-audit; here the release service is the testkit's double, which records what it was asked.)
 */
class StudentExportServiceImplTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(11, 2025);

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = ClassCapRuleTest.defaultConfig();
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    private final ReleaseDouble releases = ReleaseDouble.approvingAll();
    private final StudentExportServiceImpl exports = new StudentExportServiceImpl(students, releases,
            store.auditService());

    private School school;
    private Actor registrar;

    @BeforeEach
    void setUp() {
        DemoSchool demo = GENERATOR.schools(2000).stream()
                .filter(s -> s.classes().stream().anyMatch(c -> c.gradeLevel() == 1)).findFirst().orElseThrow();
        school = schools.createSchool(district, demo.data());
        registrar = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "test");
        SchoolClass grade1 = schools.createClass(district, school.id(), new ClassData(1, 1, 2025, 45, null));
        SchoolClass grade2 = schools.createClass(district, school.id(), new ClassData(2, 1, 2024, 45, null));
        List<StudentData> generated = GENERATOR.students(demo, new DemoClass(new ClassData(1, 1, 2025, 10, null), 10,
                0, 10), school.id(), grade1.id()).toList();
        List<StudentData> placed = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // 6 in grade 1, 3 in grade 2, and one without a class
            placed.add(generated.get(i).withPlacement(school.id(), i < 6 ? grade1.id() : grade2.id()));
        }
        students.registerAll(district, placed);
        students.register(district, generated.get(9).withPlacement(school.id(), null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void r4_theReleaseIsCheckedInTheServiceForTheActorSchoolAndGrade() {
        releases.scope(ReleaseScope.of(Set.of(1, 2), EnumSet.of(ReleaseField.BASIC)));
        exports.exportList(registrar, StudentQuery.all().withGrade(2), 41);
        assertThat(releases.asked).containsExactly(new ReleaseDouble.Asked("registrar1", 41, "students.csv",
                school.id(), new ExportRequest("students.csv", school.id(), 2, EnumSet.of(ReleaseField.BASIC))));
    }

    @Test
    void r4_aRefusedReleaseHandsOutNothing() {
        releases.refuseAll(true);
        assertThatThrownBy(() -> exports.exportList(registrar, StudentQuery.all(), 41))
                .isInstanceOf(DomainException.class).hasMessageContaining("NOT_APPROVED");
        assertThat(releases.asked).hasSize(1);
    }

    @Test
    void r4_rowsOutsideTheApprovedGradesAreLeftOut() {
        releases.scope(ReleaseScope.of(Set.of(2), EnumSet.of(ReleaseField.BASIC)));
        StudentExport export = exports.exportList(registrar, StudentQuery.all(), 41);
        assertThat(export.header()).containsExactly("姓名", "性别", "学校", "班级");
        assertThat(export.rows()).hasSize(3).allSatisfy(row -> assertThat(row.get(3)).startsWith("二年级"));

        releases.scope(ReleaseScope.of(Set.of(1, 2), EnumSet.of(ReleaseField.BASIC)));
        // the student without a class has no grade: never covered
        assertThat(exports.exportList(registrar, StudentQuery.all(), 41).rows()).hasSize(9);
    }

    @Test
    void r4_columnsOutsideTheApprovedFieldsAreNotProduced() {
        releases.scope(ReleaseScope.of(Set.of(1), EnumSet.of(ReleaseField.BASIC)));
        StudentExport basic = exports.exportList(registrar, StudentQuery.all(), 41);
        // the 学籍号 is identity data: a G 学籍号 carries the ID number
        assertThat(basic.header()).containsExactly("姓名", "性别", "学校", "班级");
        assertThat(basic.rows()).hasSize(6).allSatisfy(row -> {
            assertThat(row).hasSize(4);
            // no ID number (alone or in a 学籍号) or birth date anywhere in the row
            assertThat(String.join(",", row)).doesNotContainPattern("\\d{17}[0-9X]").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        });
        assertThat(basic.watermark()).contains("#41");

        releases.scope(ReleaseScope.of(Set.of(1), EnumSet.of(ReleaseField.BASIC, ReleaseField.IDENTITY)));
        StudentExport identity = exports.exportList(registrar, StudentQuery.all(), 41);
        assertThat(identity.header()).containsExactly("学籍号", "姓名", "性别", "出生日期", "身份证号", "学校", "班级");
        assertThat(identity.rows()).allSatisfy(row -> {
            assertThat(row.get(4)).matches("\\d{17}[0-9X]");
            assertThat(row.get(0)).matches("[GJL].+");
        });
    }

    @Test
    void r1_aSchoolUserCannotExportAnotherSchoolAndNoReleaseIsUsed() {
        releases.scope(ReleaseScope.of(Set.of(1), EnumSet.of(ReleaseField.BASIC)));
        assertThatThrownBy(() -> exports.exportList(registrar, StudentQuery.all().withSchool(school.id() + 1), 41))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(releases.asked).isEmpty();
        Actor teacher = Actor.of("teacher1", "教师", Role.TEACHER, school.id(), Set.of(), "test");
        assertThatThrownBy(() -> exports.exportList(teacher, StudentQuery.all(), 41))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(releases.asked).isEmpty();
    }
}
