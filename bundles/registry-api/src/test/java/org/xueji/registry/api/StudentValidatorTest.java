package org.xueji.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.IdentityMessages;
import org.xueji.platform.api.identity.Sex;

class StudentValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final ChineseIdNumber ID = ChineseIdNumber.of("430104", LocalDate.of(2019, 3, 14), 123);
    private static final ChineseIdNumber MOTHER = ChineseIdNumber.of("430104", LocalDate.of(1990, 6, 2), 246);

    private static StudentData valid() {
        return new StudentData("张小明", ID.sex(), ID.birthDate(), IdDocumentType.RESIDENT_ID, ID.value(), "湖南长沙",
                "湖南长沙", "01", "CHN", "湖南省长沙市岳麓区含浦街道", HouseholdType.NON_AGRICULTURAL,
                "湖南省长沙市岳麓区含浦街道 8 号", YearMonth.of(2025, 9), EntryWay.NEARBY, StudyMode.DAY, true, true,
                LeftBehindStatus.NONE, false, false, false, false, DisabilityType.NONE, 1L, 2L,
                List.of(new Guardian("张大山", "父亲", "13800000001", null),
                        new Guardian("刘小红", "母亲", "13900000002", MOTHER.value())));
    }

    private static List<FieldError> validate(StudentData d) {
        return StudentValidator.validate(StudentValidator.normalise(d), TODAY);
    }

    private static StudentData with(StudentData d, String name, Sex sex, LocalDate birth, IdDocumentType type,
                                    String idNumber, List<Guardian> guardians) {
        return new StudentData(name, sex, birth, type, idNumber, d.birthPlace(), d.nativePlace(), d.ethnicityCode(),
                d.nationality(), d.householdAddress(), d.householdType(), d.currentAddress(), d.entryYearMonth(),
                d.entryWay(), d.studyMode(), d.onlyChild(), d.preschool(), d.leftBehind(), d.migrant(), d.orphan(),
                d.martyrChild(), d.inclusion(), d.disability(), d.schoolId(), d.classId(), guardians);
    }

    @Test
    void aCompleteRecordIsValid() {
        assertThat(validate(valid())).isEmpty();
    }

    @Test
    @DisplayName("D1: birth date must agree with the ID number")
    void birthDateMustAgreeWithIdNumber() {
        StudentData d = valid();
        List<FieldError> errors = validate(with(d, d.name(), d.sex(), d.birthDate().plusDays(1), d.idType(),
                d.idNumber(), d.guardians()));
        assertThat(errors).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("birthDate", RegistryMessages.BIRTH_DATE_MISMATCH));
        assertThat(errors.get(0).message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("2019-03-14");
    }

    @Test
    @DisplayName("D1: sex must agree with the ID number")
    void sexMustAgreeWithIdNumber() {
        StudentData d = valid();
        Sex other = d.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        assertThat(validate(with(d, d.name(), other, d.birthDate(), d.idType(), d.idNumber(), d.guardians())))
                .extracting(FieldError::field).containsExactly("sex");
    }

    @Test
    @DisplayName("D1: a wrong check character is refused on the ID number field")
    void wrongCheckCharacterIsRefused() {
        StudentData d = valid();
        String wrong = d.idNumber().substring(0, 17) + (d.idNumber().endsWith("0") ? "1" : "0");
        List<FieldError> errors = validate(with(d, d.name(), d.sex(), d.birthDate(), d.idType(), wrong, d.guardians()));
        assertThat(errors).extracting(FieldError::field).containsExactly("idNumber");
        assertThat(errors.get(0).messageKey()).isEqualTo(IdentityMessages.ID_CHECK_CHARACTER);
    }

    @Test
    @DisplayName("D1: lower-case x and full-width digits are normalised")
    void idNumberIsNormalised() {
        ChineseIdNumber withX = findIdEndingInX();
        StudentData d = valid();
        String typed = " " + withX.value().substring(0, 3).replace('4', '４') + withX.value().substring(3, 17) + "x ";
        StudentData normalised = StudentValidator.normalise(with(d, d.name(), withX.sex(), withX.birthDate(),
                d.idType(), typed, d.guardians()));
        assertThat(normalised.idNumber()).isEqualTo(withX.value());
        assertThat(StudentValidator.validate(normalised, TODAY)).isEmpty();
    }

    private static ChineseIdNumber findIdEndingInX() {
        for (int seq = 1; seq < 1000; seq++) {
            ChineseIdNumber id = ChineseIdNumber.of("430104", LocalDate.of(2019, 3, 14), seq);
            if (id.value().endsWith("X")) {
                return id;
            }
        }
        throw new AssertionError("no X check character found");
    }

    @Test
    void requiredFieldsAreNamed() {
        StudentData d = valid();
        List<FieldError> errors = validate(with(d, "  ", null, null, d.idType(), d.idNumber(), d.guardians()));
        assertThat(errors).filteredOn(e -> e.messageKey() == PlatformMessages.REQUIRED)
                .extracting(FieldError::field).contains("name", "sex", "birthDate");
    }

    @Test
    void overLongAndControlCharactersAreRefused() {
        StudentData d = valid();
        String longName = "张".repeat(StudentValidator.NAME_MAX + 1);
        assertThat(validate(with(d, longName, d.sex(), d.birthDate(), d.idType(), d.idNumber(), d.guardians())))
                .extracting(FieldError::messageKey).containsExactly(PlatformMessages.TOO_LONG);
        assertThat(validate(with(d, "张\u0007明", d.sex(), d.birthDate(), d.idType(), d.idNumber(), d.guardians())))
                .extracting(FieldError::messageKey).containsExactly(PlatformMessages.CONTROL_CHARACTERS);
    }

    @Test
    void aStudentWithoutIdNeedsAGuardianIdNumber() {
        StudentData d = valid();
        List<Guardian> noIds = List.of(new Guardian("张大山", "父亲", "13800000001", null));
        assertThat(validate(with(d, d.name(), d.sex(), d.birthDate(), IdDocumentType.OTHER, null, noIds)))
                .extracting(FieldError::messageKey).containsExactly(RegistryMessages.GUARDIAN_ID_REQUIRED);
        assertThat(validate(with(d, d.name(), d.sex(), d.birthDate(), IdDocumentType.OTHER, null, d.guardians())))
                .isEmpty();
    }

    @Test
    void documentTypeOtherTakesNoNumber() {
        StudentData d = valid();
        assertThat(validate(with(d, d.name(), d.sex(), d.birthDate(), IdDocumentType.OTHER, "X123", d.guardians())))
                .extracting(FieldError::messageKey).containsExactly(RegistryMessages.ID_NUMBER_NOT_ALLOWED);
    }

    @Test
    void atLeastOneAndAtMostTwoGuardians() {
        StudentData d = valid();
        assertThat(validate(with(d, d.name(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), List.of())))
                .extracting(FieldError::messageKey).containsExactly(RegistryMessages.GUARDIAN_REQUIRED);
        List<Guardian> three = List.of(d.guardians().get(0), d.guardians().get(1), d.guardians().get(0));
        assertThat(validate(with(d, d.name(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), three)))
                .extracting(FieldError::messageKey).contains(RegistryMessages.TOO_MANY_GUARDIANS);
    }

    @Test
    void aBadGuardianPhoneIsRefused() {
        StudentData d = valid();
        List<Guardian> g = List.of(new Guardian("张大山", "父亲", "call me", null), d.guardians().get(1));
        assertThat(validate(with(d, d.name(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), g)))
                .extracting(FieldError::field).containsExactly("guardians[0].phone");
    }
}
