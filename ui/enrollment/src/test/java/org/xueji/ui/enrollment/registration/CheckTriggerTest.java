package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.ui.kit.student.StudentRecordConversion;
import org.xueji.ui.kit.student.StudentRecordValues;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.IdDocumentType;

/** D1: when the live 一人一籍 check runs. */
class CheckTriggerTest {

    private static final LocalDate BIRTH = LocalDate.of(2020, 3, 4);
    private static final String ID = ChineseIdNumber.of("110101", BIRTH, 123).value();

    private static StudentRecordValues values(IdDocumentType type, String idNumber, String name, Sex sex,
                                                 LocalDate birth) {
        return new StudentRecordValues(name, sex, birth, type, idNumber, null, "CHN", "", "", "", null, "",
                "2026-09", null, null, null, null, false, false, false, false, null, false, false, null, null);
    }

    @Test
    void aValidIdNumberIsEnoughWhateverElseIsMissing() {
        assertThat(CheckTrigger.keyOf(values(IdDocumentType.RESIDENT_ID, ID, "", null, null), 3L, 1)).isPresent();
    }

    @Test
    void theKeyIgnoresHowTheIdNumberWasTyped() {
        assertThat(CheckTrigger.keyOf(values(IdDocumentType.RESIDENT_ID, " " + ID.toLowerCase(), "", null, null),
                3L, 1)).isEqualTo(CheckTrigger.keyOf(values(IdDocumentType.RESIDENT_ID, ID, "张三", Sex.MALE, BIRTH),
                3L, 1));
    }

    @Test
    void anIncompleteOrInvalidIdNumberIsNotChecked() {
        assertThat(CheckTrigger.keyOf(values(IdDocumentType.RESIDENT_ID, ID.substring(0, 10), "张三", Sex.MALE,
                BIRTH), 3L, 1)).isEmpty();
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        assertThat(CheckTrigger.keyOf(values(IdDocumentType.RESIDENT_ID, wrongCheck, "张三", Sex.MALE, BIRTH), 3L, 1))
                .isEmpty();
    }

    @Test
    void withoutResidentIdNameSexAndBirthDateAreNeeded() {
        assertThat(CheckTrigger.keyOf(values(IdDocumentType.OTHER, "", "张三", Sex.MALE, BIRTH), 3L, 1)).isPresent();
        assertThat(CheckTrigger.keyOf(values(IdDocumentType.OTHER, "", " ", Sex.MALE, BIRTH), 3L, 1)).isEmpty();
        assertThat(CheckTrigger.keyOf(values(IdDocumentType.OTHER, "", "张三", null, BIRTH), 3L, 1)).isEmpty();
        assertThat(CheckTrigger.keyOf(values(IdDocumentType.PASSPORT, "E123", "张三", Sex.MALE, null), 3L, 1))
                .isEmpty();
    }

    @Test
    void schoolAndGradeAreNeededAndPartOfTheKey() {
        StudentRecordValues v = values(IdDocumentType.RESIDENT_ID, ID, "", null, null);
        assertThat(CheckTrigger.keyOf(v, null, 1)).isEmpty();
        assertThat(CheckTrigger.keyOf(v, 3L, null)).isEmpty();
        // the due date depends on school and grade: another one needs another check
        assertThat(CheckTrigger.keyOf(v, 3L, 1)).isNotEqualTo(CheckTrigger.keyOf(v, 3L, 7));
        assertThat(CheckTrigger.keyOf(v, 3L, 1)).isNotEqualTo(CheckTrigger.keyOf(v, 4L, 1));
    }

    @Test
    void aCompleteButInvalidIdNumberIsShownWhileTyping() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        assertThat(CheckTrigger.idNumberProblem(IdDocumentType.RESIDENT_ID, wrongCheck))
                .hasValueSatisfying(e -> assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("校验位"));
        assertThat(CheckTrigger.idNumberProblem(IdDocumentType.RESIDENT_ID, ID.substring(0, 12))).isEmpty();
        assertThat(CheckTrigger.idNumberProblem(IdDocumentType.RESIDENT_ID, ID)).isEmpty();
        assertThat(CheckTrigger.idNumberProblem(IdDocumentType.PASSPORT, wrongCheck)).isEmpty();
    }

    @Test
    void birthDateAndSexFollowFromTheIdNumber() {
        assertThat(CheckTrigger.residentId(IdDocumentType.RESIDENT_ID, ID))
                .hasValueSatisfying(id -> {
                    assertThat(id.birthDate()).isEqualTo(BIRTH);
                    assertThat(id.sex()).isEqualTo(Sex.MALE);
                });
        assertThat(CheckTrigger.residentId(IdDocumentType.OTHER, ID)).isEmpty();
    }
}
