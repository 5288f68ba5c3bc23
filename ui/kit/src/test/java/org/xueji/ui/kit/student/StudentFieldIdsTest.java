package org.xueji.ui.kit.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Element ids of the one student-record form stay those the e2e tests use (registry and registration). */
class StudentFieldIdsTest {

    @Test
    void recordFieldsMapToTheirFormFields() {
        assertThat(StudentFieldIds.REGISTRY.forField("name", List.of())).isEqualTo("student-name");
        assertThat(StudentFieldIds.REGISTRY.forField("idNumber", List.of())).isEqualTo("student-id-number");
        assertThat(StudentFieldIds.REGISTRY.forField("birthDate", List.of())).isEqualTo("student-birth-date");
        assertThat(StudentFieldIds.REGISTRY.forField("ethnicityCode", List.of())).isEqualTo("student-ethnicity");
        assertThat(StudentFieldIds.REGISTRY.forField("entryYearMonth", List.of())).isEqualTo("student-entry-year-month");
        assertThat(StudentFieldIds.REGISTRY.forField("classId", List.of())).isEqualTo("student-class");
        assertThat(StudentFieldIds.REGISTRY.forField("householdType", List.of())).isEqualTo("student-household-type");
    }

    @Test
    void guardianFieldsMapToTheSlotTheyCameFrom() {
        assertThat(StudentFieldIds.REGISTRY.forField("guardians[0].phone", List.of(1, 2))).isEqualTo("guardian1-phone");
        assertThat(StudentFieldIds.REGISTRY.forField("guardians[1].idNumber", List.of(1, 2))).isEqualTo("guardian2-id-number");
        assertThat(StudentFieldIds.REGISTRY.forField("guardians[0].name", null)).isEqualTo("guardian1-name");
        // slot 1 left blank: the record's first guardian is the form's second
        assertThat(StudentFieldIds.REGISTRY.forField("guardians[0].relation", List.of(2))).isEqualTo("guardian2-relation");
    }

    @Test
    void fieldsWithoutAFormFieldHaveNoId() {
        assertThat(StudentFieldIds.REGISTRY.forField("guardians", List.of(1))).isNull();
        assertThat(StudentFieldIds.REGISTRY.forField("schoolId", List.of())).isNull();
        assertThat(StudentFieldIds.REGISTRY.forField("guardians[2].name", List.of(1, 2))).isNull();
        assertThat(StudentFieldIds.REGISTRY.forField(null, List.of())).isNull();
        assertThat(StudentFieldIds.labelOf("guardians")).isEqualTo(StudentFormText.FIELD_GUARDIANS);
        assertThat(StudentFieldIds.labelOf("schoolId")).isEqualTo(StudentFormText.FIELD_SCHOOL);
    }

    @Test
    void guardianIds() {
        assertThat(StudentFieldIds.REGISTRY.guardian(1, "name")).isEqualTo("guardian1-name");
        assertThat(StudentFieldIds.REGISTRY.guardian(2, "idNumber")).isEqualTo("guardian2-id-number");
    }

    @Test
    void registrationIdsKeepTheirRegPrefix() {
        StudentFieldIds ids = StudentFieldIds.REGISTRATION.withExtra("schoolId", "reg-school");
        assertThat(ids.id(StudentFieldIds.Field.NAME)).isEqualTo("reg-name");
        assertThat(ids.id(StudentFieldIds.Field.BIRTH_DATE)).isEqualTo("reg-birth-date");
        assertThat(ids.guardian(2, "idNumber")).isEqualTo("reg-g2-id-number");
        assertThat(ids.forField("student.householdAddress", List.of())).isEqualTo("reg-household-address");
        assertThat(ids.forField("schoolId", List.of())).isEqualTo("reg-school");
        // the extra field is the registration's only: the registry's ids are unchanged
        assertThat(StudentFieldIds.REGISTRATION.forField("schoolId", List.of())).isNull();
        assertThat(StudentFieldIds.REGISTRY.id(StudentFieldIds.Field.PRESCHOOL)).isEqualTo("student-preschool");
    }
}
