package org.xueji.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldIdsTest {

    @Test
    void recordFieldsMapToTheirFormFields() {
        assertThat(FieldIds.forField("name", List.of())).isEqualTo("student-name");
        assertThat(FieldIds.forField("idNumber", List.of())).isEqualTo("student-id-number");
        assertThat(FieldIds.forField("birthDate", List.of())).isEqualTo("student-birth-date");
        assertThat(FieldIds.forField("ethnicityCode", List.of())).isEqualTo("student-ethnicity");
        assertThat(FieldIds.forField("entryYearMonth", List.of())).isEqualTo("student-entry-year-month");
        assertThat(FieldIds.forField("classId", List.of())).isEqualTo("student-class");
        assertThat(FieldIds.forField("householdType", List.of())).isEqualTo("student-household-type");
    }

    @Test
    void guardianFieldsMapToTheSlotTheyCameFrom() {
        assertThat(FieldIds.forField("guardians[0].phone", List.of(1, 2))).isEqualTo("guardian1-phone");
        assertThat(FieldIds.forField("guardians[1].idNumber", List.of(1, 2))).isEqualTo("guardian2-id-number");
        assertThat(FieldIds.forField("guardians[0].name", null)).isEqualTo("guardian1-name");
        // slot 1 left blank: the record's first guardian is the form's second
        assertThat(FieldIds.forField("guardians[0].relation", List.of(2))).isEqualTo("guardian2-relation");
    }

    @Test
    void fieldsWithoutAFormFieldHaveNoId() {
        assertThat(FieldIds.forField("guardians", List.of(1))).isNull();
        assertThat(FieldIds.forField("schoolId", List.of())).isNull();
        assertThat(FieldIds.forField("guardians[2].name", List.of(1, 2))).isNull();
        assertThat(FieldIds.forField(null, List.of())).isNull();
        assertThat(FieldIds.labelOf("guardians")).isEqualTo(RegistryUiText.FIELD_GUARDIANS);
        assertThat(FieldIds.labelOf("schoolId")).isEqualTo(RegistryUiText.FIELD_SCHOOL);
    }

    @Test
    void guardianIds() {
        assertThat(FieldIds.guardian(1, "name")).isEqualTo("guardian1-name");
        assertThat(FieldIds.guardian(2, "idNumber")).isEqualTo("guardian2-id-number");
    }
}
