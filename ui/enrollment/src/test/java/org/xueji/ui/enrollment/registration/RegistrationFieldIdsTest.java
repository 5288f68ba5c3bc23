package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.ui.kit.student.StudentFieldIds;
import org.xueji.ui.kit.student.StudentFormText;

class RegistrationFieldIdsTest {

    @Test
    void recordFieldsMapToRegIds() {
        assertThat(RegistrationFieldIds.IDS.forField("name", List.of())).isEqualTo("reg-name");
        assertThat(RegistrationFieldIds.IDS.forField("idNumber", List.of())).isEqualTo("reg-id-number");
        assertThat(RegistrationFieldIds.IDS.forField("birthDate", List.of())).isEqualTo("reg-birth-date");
        assertThat(RegistrationFieldIds.IDS.forField("classId", List.of())).isEqualTo("reg-class");
        assertThat(RegistrationFieldIds.IDS.forField("schoolId", List.of())).isEqualTo("reg-school");
    }

    @Test
    void fieldsOfTheRegistrationItselfMapToo() {
        assertThat(RegistrationFieldIds.IDS.forField("duplicateJustification", List.of())).isEqualTo("reg-justification");
        assertThat(RegistrationFieldIds.IDS.forField("entryGrade", List.of())).isEqualTo("reg-entry-grade");
        assertThat(RegistrationFieldIds.IDS.forField("student.idNumber", List.of())).isEqualTo("reg-id-number");
    }

    @Test
    void guardiansMapToTheirFormSlot() {
        assertThat(RegistrationFieldIds.IDS.guardian(1, "name")).isEqualTo("reg-g1-name");
        assertThat(RegistrationFieldIds.IDS.forField("guardians[0].idNumber", List.of(2))).isEqualTo("reg-g2-id-number");
        assertThat(RegistrationFieldIds.IDS.forField("guardians[1].phone", List.of())).isEqualTo("reg-g2-phone");
        assertThat(RegistrationFieldIds.IDS.forField("guardians[2].phone", List.of())).isNull();
    }

    @Test
    void fieldsWithoutAFieldOfTheirOwnGetALabel() {
        assertThat(RegistrationFieldIds.IDS.forField("guardians", List.of())).isNull();
        assertThat(StudentFieldIds.labelOf("guardians")).isEqualTo(StudentFormText.FIELD_GUARDIANS);
        assertThat(RegistrationFieldIds.IDS.forField("somethingElse", List.of())).isNull();
        assertThat(StudentFieldIds.labelOf("somethingElse")).isNull();
        assertThat(RegistrationFieldIds.IDS.forField(null, null)).isNull();
    }
}
