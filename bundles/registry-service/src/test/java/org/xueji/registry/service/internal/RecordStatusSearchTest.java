package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentSummary;
import org.xueji.registry.api.transfer.RecordStatus;

/**
 * Issue 14 (R3): withdrawn (撤销), transferred-out (转出), suspended (休学) and deceased (死亡) records
 * are kept; the student search lists them marked with their status (the district sees a withdrawn
 * record) unless the user asks for records 在读 only.
 */
class RecordStatusSearchTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(11, 2025);

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = ClassCapRuleTest.defaultConfig();
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final RecordChangesImpl changes = new RecordChangesImpl(store.auditTrail(), store.auditService(), store.clock(), 55, 20);
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    private Actor registrar;
    private long schoolId;
    /** student id → the status it was given (ACTIVE: left alone) */
    private final Map<Long, RecordStatus> given = new HashMap<>();

    @BeforeEach
    void setUp() {
        DemoSchool demo = GENERATOR.schools(2000).stream()
                .filter(s -> s.classes().stream().anyMatch(c -> c.gradeLevel() == 1)).findFirst().orElseThrow();
        School school = schools.createSchool(district, demo.data());
        schoolId = school.id();
        registrar = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "test");
        SchoolClass grade1 = schools.createClass(district, school.id(), new ClassData(1, 1, 2025, 45, null));
        DemoClass template = new DemoClass(new ClassData(1, 1, 2025, 5, null), 5, 0, 5);
        List<StudentData> five = GENERATOR.students(demo, template, school.id(), grade1.id()).limit(5).toList();
        List<RecordStatus> statuses = List.of(RecordStatus.ACTIVE, RecordStatus.WITHDRAWN,
                RecordStatus.TRANSFERRED_OUT, RecordStatus.SUSPENDED, RecordStatus.DECEASED);
        for (int i = 0; i < five.size(); i++) {
            long id = students.register(registrar, five.get(i)).id();
            RecordStatus status = statuses.get(i);
            given.put(id, status);
            if (status != RecordStatus.ACTIVE) {
                // as a transfer's final decision does: RecordChanges on the module's transaction
                store.transactions().run(em -> changes.setStatus(em, district, id, status, "transfer:" + id));
            }
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static StudentQuery ofSchool(long school) {
        return StudentQuery.all().withSchool(school);
    }

    @Test
    void r3_bothAccountsSeeEveryRecordMarkedWithItsStatusByDefault() {
        for (Actor actor : List.of(district, registrar)) {
            List<StudentSummary> rows = students.search(actor, ofSchool(schoolId), 0, 50);
            assertThat(rows).extracting(StudentSummary::id, StudentSummary::status)
                    .containsExactlyInAnyOrderElementsOf(given.entrySet().stream()
                            .map(e -> tuple(e.getKey(), e.getValue())).toList());
            assertThat(rows).filteredOn(StudentSummary::active).extracting(StudentSummary::id)
                    .containsExactly(activeId());
            assertThat(students.count(actor, ofSchool(schoolId))).isEqualTo(5);
        }
    }

    @Test
    void r3_theDistrictSeesAWithdrawnRecordMarked() {
        long withdrawn = given.entrySet().stream().filter(e -> e.getValue() == RecordStatus.WITHDRAWN)
                .findFirst().orElseThrow().getKey();
        String idNumber = students.get(district, withdrawn).data().idNumber();
        List<StudentSummary> found = students.search(district, StudentQuery.all().withIdNumber(idNumber), 0, 10);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(withdrawn);
            assertThat(s.status()).isEqualTo(RecordStatus.WITHDRAWN);
            assertThat(s.active()).isFalse();
        });
    }

    @Test
    void r3_activeOnlyLeavesOutWithdrawnTransferredOutSuspendedAndDeceased() {
        for (Actor actor : List.of(district, registrar)) {
            StudentQuery active = ofSchool(schoolId).withActiveOnly(true);
            assertThat(students.search(actor, active, 0, 50)).extracting(StudentSummary::id, StudentSummary::status)
                    .containsExactly(tuple(activeId(), RecordStatus.ACTIVE));
            assertThat(students.count(actor, active)).isEqualTo(1);
            assertThat(students.countAtMost(actor, active, 100)).isEqualTo(1);
        }
    }

    @Test
    void theOtherCriteriaKeepTheActiveOnlyChoice() {
        StudentQuery q = StudentQuery.all().withActiveOnly(true).withName("张").withSchool(schoolId).withGrade(1)
                .sortedBy(StudentQuery.SortField.BIRTH_DATE, true);
        assertThat(q.activeOnly()).isTrue();
        assertThat(StudentQuery.all().activeOnly()).isFalse();
    }

    private long activeId() {
        return given.entrySet().stream().filter(e -> e.getValue() == RecordStatus.ACTIVE).findFirst().orElseThrow()
                .getKey();
    }
}
