package org.xueji.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.IdentityMessages;

/**
 * Field by field: every field of the national record that the validator checks, checked on
 * its own (one field wrong, everything else valid), so that dropping any one check fails a
 * test (the mutation run found checks no test noticed).
 */
class StudentValidatorFieldsTest {

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

    /** A copy of the valid record with one component replaced. */
    private static StudentData with(String component, Object value) {
        StudentData d = valid();
        RecordComponent[] components = StudentData.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(d);
            }
            return StudentData.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<FieldError> validate(StudentData d) {
        return StudentValidator.validate(StudentValidator.normalise(d), TODAY);
    }

    private static void assertOnly(StudentData d, String field, MessageKey key) {
        assertThat(validate(d)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @ParameterizedTest(name = "{0} is required")
    @ValueSource(strings = {"name", "idType", "householdAddress", "householdType", "currentAddress",
            "entryYearMonth", "entryWay", "studyMode", "leftBehind", "disability", "schoolId", "ethnicityCode",
            "nationality"})
    void eachRequiredFieldIsRequiredOnItsOwn(String field) {
        assertThat(validate(with(field, null))).extracting(FieldError::field, FieldError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(field, PlatformMessages.REQUIRED));
    }

    @Test
    void sexAndBirthDateAreRequired() {
        assertThat(validate(with("sex", null))).extracting(FieldError::field).contains("sex");
        assertThat(validate(with("birthDate", null))).extracting(FieldError::field).contains("birthDate");
    }

    @ParameterizedTest(name = "{0} holds at most {1} characters")
    @CsvSource({"birthPlace, 100", "nativePlace, 100", "householdAddress, 200", "currentAddress, 200"})
    void textFieldsHaveTheirLimits(String field, int max) {
        assertThat(validate(with(field, "区".repeat(max)))).isEmpty();
        assertOnly(with(field, "区".repeat(max + 1)), field, PlatformMessages.TOO_LONG);
    }

    @Test
    void optionalPlacesMayBeEmpty() {
        assertThat(validate(with("birthPlace", null))).isEmpty();
        assertThat(validate(with("nativePlace", null))).isEmpty();
    }

    @Test
    void unknownEthnicityAndNationalityAreRefused() {
        assertOnly(with("ethnicityCode", "99"), "ethnicityCode", RegistryMessages.ETHNICITY_UNKNOWN);
        assertOnly(with("nationality", "CHINA"), "nationality", RegistryMessages.NATIONALITY_INVALID);
    }

    @Test
    void aBirthDateInTheFutureAndAnEntryBeforeBirthAreRefused() {
        StudentData future = with("birthDate", TODAY.plusDays(1));
        assertThat(validate(future)).extracting(FieldError::messageKey)
                .contains(RegistryMessages.BIRTH_DATE_IN_FUTURE);
        assertOnly(with("entryYearMonth", YearMonth.of(2019, 2)), "entryYearMonth",
                RegistryMessages.ENTRY_BEFORE_BIRTH);
        assertThat(validate(with("entryYearMonth", YearMonth.of(2019, 3)))).isEmpty();
    }

    @Test
    void aResidentIdIsRequiredForResidentIdDocuments() {
        assertOnly(with("idNumber", null), "idNumber", RegistryMessages.ID_NUMBER_REQUIRED);
    }

    @Test
    void otherDocumentsNeedANumberOfAtMost30Characters() {
        StudentData passport = with("idType", IdDocumentType.PASSPORT);
        StudentData noNumber = new StudentData(passport.name(), passport.sex(), passport.birthDate(),
                IdDocumentType.PASSPORT, null, passport.birthPlace(), passport.nativePlace(), passport.ethnicityCode(),
                passport.nationality(), passport.householdAddress(), passport.householdType(),
                passport.currentAddress(), passport.entryYearMonth(), passport.entryWay(), passport.studyMode(),
                passport.onlyChild(), passport.preschool(), passport.leftBehind(), passport.migrant(),
                passport.orphan(), passport.martyrChild(), passport.inclusion(), passport.disability(),
                passport.schoolId(), passport.classId(), passport.guardians());
        assertOnly(noNumber, "idNumber", PlatformMessages.REQUIRED);
        StudentData longNumber = new StudentData(passport.name(), passport.sex(), passport.birthDate(),
                IdDocumentType.PASSPORT, "E".repeat(31), passport.birthPlace(), passport.nativePlace(),
                passport.ethnicityCode(), passport.nationality(), passport.householdAddress(),
                passport.householdType(), passport.currentAddress(), passport.entryYearMonth(), passport.entryWay(),
                passport.studyMode(), passport.onlyChild(), passport.preschool(), passport.leftBehind(),
                passport.migrant(), passport.orphan(), passport.martyrChild(), passport.inclusion(),
                passport.disability(), passport.schoolId(), passport.classId(), passport.guardians());
        assertOnly(longNumber, "idNumber", PlatformMessages.TOO_LONG);
    }

    @Test
    void guardiansNeedNameRelationAndTheFirstAPhone() {
        Guardian mother = valid().guardians().get(1);
        assertOnly(with("guardians", List.of(new Guardian(null, "父亲", "13800000001", null), mother)),
                "guardians[0].name", PlatformMessages.REQUIRED);
        assertOnly(with("guardians", List.of(new Guardian("张大山", null, "13800000001", null), mother)),
                "guardians[0].relation", PlatformMessages.REQUIRED);
        assertOnly(with("guardians", List.of(new Guardian("张大山", "父亲", null, null), mother)),
                "guardians[0].phone", PlatformMessages.REQUIRED);
        // the second guardian's phone is optional
        assertThat(validate(with("guardians", List.of(new Guardian("张大山", "父亲", "13800000001", null),
                new Guardian("刘小红", "母亲", null, MOTHER.value()))))).isEmpty();
    }

    @Test
    void aGuardiansIdNumberMustBeValid() {
        String wrong = MOTHER.value().substring(0, 17) + (MOTHER.value().charAt(17) == '1' ? '2' : '1');
        assertOnly(with("guardians", List.of(valid().guardians().get(0),
                new Guardian("刘小红", "母亲", "13900000002", wrong))),
                "guardians[1].idNumber", IdentityMessages.ID_CHECK_CHARACTER);
    }

    @Test
    void blankGuardiansAreDroppedNotCounted() {
        List<Guardian> withBlank = List.of(valid().guardians().get(0), valid().guardians().get(1),
                new Guardian(" ", null, "", null));
        assertThat(validate(with("guardians", withBlank))).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedInEveryTextField() {
        assertOnly(with("currentAddress", "含浦\u0000街道"), "currentAddress", PlatformMessages.CONTROL_CHARACTERS);
        assertOnly(with("birthPlace", "湖南\u202E长沙"), "birthPlace", PlatformMessages.CONTROL_CHARACTERS);
    }
}
