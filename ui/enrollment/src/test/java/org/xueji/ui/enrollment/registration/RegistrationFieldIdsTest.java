package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationFieldIdsTest {

    @Test
    void recordFieldsMapToRegIds() {
        assertThat(RegistrationFieldIds.forField("name", List.of())).isEqualTo("reg-name");
        assertThat(RegistrationFieldIds.forField("idNumber", List.of())).isEqualTo("reg-id-number");
        assertThat(RegistrationFieldIds.forField("birthDate", List.of())).isEqualTo("reg-birth-date");
        assertThat(RegistrationFieldIds.forField("classId", List.of())).isEqualTo("reg-class");
        assertThat(RegistrationFieldIds.forField("schoolId", List.of())).isEqualTo("reg-school");
    }

    @Test
    void fieldsOfTheRegistrationItselfMapToo() {
        assertThat(RegistrationFieldIds.forField("duplicateJustification", List.of())).isEqualTo("reg-justification");
        assertThat(RegistrationFieldIds.forField("entryGrade", List.of())).isEqualTo("reg-entry-grade");
        assertThat(RegistrationFieldIds.forField("student.idNumber", List.of())).isEqualTo("reg-id-number");
    }

    @Test
    void guardiansMapToTheirFormSlot() {
        assertThat(RegistrationFieldIds.guardian(1, "name")).isEqualTo("reg-g1-name");
        assertThat(RegistrationFieldIds.forField("guardians[0].idNumber", List.of(2))).isEqualTo("reg-g2-id-number");
        assertThat(RegistrationFieldIds.forField("guardians[1].phone", List.of())).isEqualTo("reg-g2-phone");
        assertThat(RegistrationFieldIds.forField("guardians[2].phone", List.of())).isNull();
    }

    @Test
    void fieldsWithoutAFieldOfTheirOwnGetALabel() {
        assertThat(RegistrationFieldIds.forField("guardians", List.of())).isNull();
        assertThat(RegistrationFieldIds.labelOf("guardians")).isEqualTo(RegistrationUiText.FIELD_GUARDIANS);
        assertThat(RegistrationFieldIds.forField("somethingElse", List.of())).isNull();
        assertThat(RegistrationFieldIds.labelOf("somethingElse")).isNull();
        assertThat(RegistrationFieldIds.forField(null, null)).isNull();
    }
}
