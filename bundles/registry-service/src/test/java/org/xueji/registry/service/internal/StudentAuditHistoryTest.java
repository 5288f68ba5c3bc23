package org.xueji.registry.service.internal;

import org.xueji.registry.api.transfer.KeyFields;
import org.xueji.registry.api.transfer.TransferRegistryMessages;

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

    /** Issue 14 (R3): key fields change through a correction the district approved, applied by RecordChanges. */
    private void correct(long studentId, KeyFields correction) {
        RecordChangesImpl changes = new RecordChangesImpl(store.auditTrail(), store.auditService(), store.clock(), 55, 20);
        store.transactions().run(em -> changes.correct(em, district, studentId, correction, "transfer:1"));
    }

    @Test
    void r7_anAuditRowOfAnEditCarriesNoIdNumberOrAddressInClear() {
        Student s = students.register(registrar, data);
        String newId = sibling(data.idNumber());
        // R3 (issue 14): the address is edited directly, ID number and name by an approved correction
        students.update(registrar, s.id(), s.version(), with(data, "currentAddress", "幸福路 18 号 3 单元"));
        correct(s.id(), new KeyFields(data.name() + "明", null, null, null, newId, null));

        AuditRow update = rows("student.update").get(0);
        AuditRow register = rows("student.register").get(0);
        AuditRow correction = rows("registry.record.correct").get(0);
        for (AuditRow row : List.of(register, update, correction)) {
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
        // the audit rows still say which fields changed
        assertThat(update.changes()).isEqualTo("{fields=[currentAddress]}");
        assertThat(correction.changes()).isEqualTo("{fields=[change, idNumber, name]}");
        assertThat(register.changes()).contains("idNumber").contains("name");
    }

    @Test
    void r7_theValuesGoToTheRecordHistoryNamingTheAuditRow() {
        Student s = students.register(registrar, data);
        String newId = sibling(data.idNumber());
        // R3 (issue 14): a new ID number only through an approved correction
        correct(s.id(), new KeyFields(null, null, null, null, newId, null));
        long updateRow = store.count("select max(ID) from TEST_AUDIT where ACTION = 'registry.record.correct'");

        List<StudentHistoryEntry> history = students.history(registrar, s.id());
        StudentHistoryEntry idChange = history.stream()
                .filter(h -> h.field().equals("idNumber") && h.oldValue() != null).findFirst().orElseThrow();
        assertThat(idChange.oldValue()).isEqualTo(data.idNumber());
        assertThat(idChange.newValue()).isEqualTo(newId);
        assertThat(idChange.changedBy()).isEqualTo("district-admin");
        assertThat(idChange.auditEventId()).isEqualTo(updateRow);
        // registration: every set field from nothing, oldest first
        assertThat(history.get(0).oldValue()).isNull();
        assertThat(history).anyMatch(h -> h.field().equals("name") && data.name().equals(h.newValue()));
        // reading the history is itself on record
        assertThat(rows("student.history")).singleElement()
                .satisfies(r -> assertThat(r.targetId()).isEqualTo(String.valueOf(s.id())));
    }

    @Test
    void r3_aKeyFieldEditIsRefusedAndNothingChanges() {
        Student s = students.register(registrar, data);
        String newId = sibling(data.idNumber());
        assertThatThrownBy(() -> students.update(registrar, s.id(), s.version(),
                with(with(data, "idNumber", newId), "name", data.name() + "明")))
                .isInstanceOf(org.xueji.platform.api.ValidationException.class)
                .satisfies(e -> assertThat(((org.xueji.platform.api.ValidationException) e).errors())
                        .extracting(org.xueji.platform.api.FieldError::field).containsExactlyInAnyOrder("idNumber", "name"))
                .satisfies(e -> assertThat(((org.xueji.platform.api.ValidationException) e).errors())
                        .allMatch(x -> x.messageKey() == TransferRegistryMessages.KEY_FIELD_NEEDS_CORRECTION));
        assertThatThrownBy(() -> students.update(district, s.id(), s.version(), with(data, "ethnicityCode", "02")))
                .isInstanceOf(org.xueji.platform.api.ValidationException.class);
        Student after = students.get(district, s.id());
        assertThat(after.data().idNumber()).isEqualTo(data.idNumber());
        assertThat(after.data().name()).isEqualTo(data.name());
        assertThat(after.version()).isEqualTo(s.version());
        // other fields stay directly editable
        students.update(registrar, s.id(), s.version(), with(data, "currentAddress", "幸福路 20 号"));
        assertThat(students.get(district, s.id()).data().currentAddress()).isEqualTo("幸福路 20 号");
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
