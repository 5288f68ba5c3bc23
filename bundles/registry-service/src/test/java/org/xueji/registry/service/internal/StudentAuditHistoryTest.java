package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
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
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.testkit.AuditRow;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.ClassData;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentHistoryEntry;
import org.xueji.registry.api.StudentQuery;

/**
 * R7 on the real registry schema: audit rows of student changes name the fields but hold no
 * personal value (those go to the record history, readable with VIEW_STUDENT in scope), and
 * searches and look-ups are on record without the name or ID number searched for.
 */
class StudentAuditHistoryTest {

    private static final DemoDistrictGenerator GENERATOR = new DemoDistrictGenerator(11, 2025);

    private final ModuleTestStore store = ModuleTestStore.of("xueji-registry", RegistrySchema.CHANGELOG, "REGISTRY");
    private final RegistryConfig config = ClassCapRuleTest.defaultConfig();
    private final SchoolServiceImpl schools = new SchoolServiceImpl(store.entityManagerFactory(), store.auditTrail(),
            store.auditService(), store.clock(), config);
    private final StudentServiceImpl students = new StudentServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), config);
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    private final Actor auditor = Actor.of("auditor", "审计员", Role.AUDITOR, null, Set.of(), "test");

    private Actor registrar;
    private Actor otherRegistrar;
    private StudentData data;

    @BeforeEach
    void setUp() {
        List<DemoSchool> demo = GENERATOR.schools(2000).stream()
                .filter(s -> s.classes().stream().anyMatch(c -> c.gradeLevel() == 1)).limit(2).toList();
        School school = schools.createSchool(district, demo.get(0).data());
        School other = schools.createSchool(district, demo.get(1).data());
        registrar = Actor.of("registrar1", "学籍员", Role.SCHOOL_REGISTRAR, school.id(), Set.of(), "test");
        otherRegistrar = Actor.of("registrar2", "学籍员乙", Role.SCHOOL_REGISTRAR, other.id(), Set.of(), "test");
        SchoolClass grade1 = schools.createClass(district, school.id(), new ClassData(1, 1, 2025, 45, null));
        DemoClass template = new DemoClass(new ClassData(1, 1, 2025, 3, null), 3, 0, 3);
        data = GENERATOR.students(demo.get(0), template, school.id(), grade1.id()).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The record with one component replaced. */
    private static StudentData with(StudentData d, String component, Object value) {
        try {
            RecordComponent[] components = StudentData.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(d);
            }
            return StudentData.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another valid ID number of the same child's birth date and sex (sequence + 2, check character recomputed). */
    private static String sibling(String idNumber) {
        ChineseIdNumber id = ChineseIdNumber.parse(idNumber);
        int sequence = Integer.parseInt(idNumber.substring(14, 17));
        return ChineseIdNumber.of(idNumber.substring(0, 6), id.birthDate(),
                sequence >= 997 ? sequence - 2 : sequence + 2).value();
    }

    private List<AuditRow> rows(String action) {
        return store.audit().stream().filter(r -> r.action().equals(action)).toList();
    }

    @Test
    void r7_anAuditRowOfAnEditCarriesNoIdNumberOrAddressInClear() {
        Student s = students.register(registrar, data);
        String newId = sibling(data.idNumber());
        StudentData edited = with(with(with(data, "idNumber", newId), "currentAddress", "幸福路 18 号 3 单元"),
                "name", data.name() + "明");
        students.update(registrar, s.id(), s.version(), edited);

        AuditRow update = rows("student.update").get(0);
        AuditRow register = rows("student.register").get(0);
        for (AuditRow row : List.of(register, update)) {
            assertThat(row.changes()).doesNotContain(data.idNumber()).doesNotContain(newId)
                    .doesNotContain(data.idNumber().substring(6, 14)) // not even the birth date part
                    .doesNotContain("幸福路").doesNotContain(data.name());
            if (data.currentAddress() != null) {
                assertThat(row.changes()).doesNotContain(data.currentAddress());
            }
            if (data.householdAddress() != null) {
                assertThat(row.changes()).doesNotContain(data.householdAddress());
            }
        }
        // the audit row still says which fields changed
        assertThat(update.changes()).isEqualTo("{fields=[currentAddress, idNumber, name]}");
        assertThat(register.changes()).contains("idNumber").contains("name");
    }

    @Test
    void r7_theValuesGoToTheRecordHistoryNamingTheAuditRow() {
        Student s = students.register(registrar, data);
        String newId = sibling(data.idNumber());
        students.update(registrar, s.id(), s.version(), with(data, "idNumber", newId));
        long updateRow = store.count("select max(ID) from TEST_AUDIT where ACTION = 'student.update'");

        List<StudentHistoryEntry> history = students.history(registrar, s.id());
        StudentHistoryEntry idChange = history.stream()
                .filter(h -> h.field().equals("idNumber") && h.oldValue() != null).findFirst().orElseThrow();
        assertThat(idChange.oldValue()).isEqualTo(data.idNumber());
        assertThat(idChange.newValue()).isEqualTo(newId);
        assertThat(idChange.changedBy()).isEqualTo("registrar1");
        assertThat(idChange.auditEventId()).isEqualTo(updateRow);
        // registration: every set field from nothing, oldest first
        assertThat(history.get(0).oldValue()).isNull();
        assertThat(history).anyMatch(h -> h.field().equals("name") && data.name().equals(h.newValue()));
        // reading the history is itself on record
        assertThat(rows("student.history")).singleElement()
                .satisfies(r -> assertThat(r.targetId()).isEqualTo(String.valueOf(s.id())));
    }

    @Test
    void r7_theHistoryNeedsViewStudentInTheStudentsScope() {
        Student s = students.register(registrar, data);
        assertThatThrownBy(() -> students.history(otherRegistrar, s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> students.history(auditor, s.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(rows("access.denied")).hasSize(2);
        assertThat(students.history(district, s.id())).isNotEmpty();
    }

    @Test
    void r7_searchesAreAuditedByKindAndCountWithoutTheSearchedValues() {
        students.register(registrar, data);
        String surname = data.name().substring(0, 1);
        List<?> found = students.search(registrar, StudentQuery.all().withName(surname), 0, 50);
        assertThat(found).isNotEmpty();
        AuditRow search = rows("student.search").get(0);
        assertThat(search.username()).isEqualTo("registrar1");
        assertThat(search.changes()).contains("query=[name, school]").contains("rows=" + found.size())
                .doesNotContain(surname);

        students.search(district, StudentQuery.all().withIdNumber(data.idNumber()), 0, 10);
        assertThat(rows("student.search").get(1).changes()).contains("query=[idNumber]").contains("rows=1")
                .doesNotContain(data.idNumber());
    }

    @Test
    void r7_aLookUpByIdNumberIsAuditedWithoutTheNumber() {
        Student s = students.register(registrar, data);
        assertThat(students.findByIdNumber(registrar, data.idNumber())).isPresent();
        assertThat(students.findByIdNumber(otherRegistrar, data.idNumber())).isEmpty();
        List<AuditRow> lookups = rows("student.lookup");
        assertThat(lookups).hasSize(2);
        assertThat(lookups.get(0).targetId()).isEqualTo(String.valueOf(s.id()));
        assertThat(lookups.get(0).changes()).contains("rows=1");
        assertThat(lookups.get(1).targetId()).isNull();
        assertThat(lookups.get(1).changes()).contains("rows=0");
        assertThat(lookups).allSatisfy(r -> assertThat(r.changes()).doesNotContain(data.idNumber()));
    }
}
