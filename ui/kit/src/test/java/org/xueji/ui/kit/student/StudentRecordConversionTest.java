package org.xueji.ui.kit.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;

/** D1: the student-record form's values to and from StudentData, checked by the registry's own rules. */
class StudentRecordConversionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate BIRTH = LocalDate.of(2015, 3, 4);
    private static final String ID = ChineseIdNumber.of("110101", BIRTH, 123).value();

    private static StudentRecordValues form(String idNumber, String entry, StudentRecordValues.Guardian g1,
                                          StudentRecordValues.Guardian g2) {
        return new StudentRecordValues(" 张三 ", Sex.MALE, BIRTH, IdDocumentType.RESIDENT_ID, idNumber, "01", "chn",
                "北京", "北京", "北京市东城区东华门街道", HouseholdType.NON_AGRICULTURAL, "北京市东城区东华门街道",
                entry, EntryWay.NEARBY, StudyMode.DAY, 7L, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.NONE, true, true, g1, g2);
    }

    private static StudentRecordValues.Guardian father() {
        return new StudentRecordValues.Guardian("张大山", "父亲", "13800138000", "");
    }

    @Test
    void buildsTheNormalisedRecord() {
        StudentRecordConversion.Prepared p = StudentRecordConversion.prepare(
                form(ID.toLowerCase(), "2021年9月", father(), StudentRecordValues.Guardian.EMPTY), 3L, TODAY);

        assertThat(p.errors()).isEmpty();
        StudentData d = p.data();
        assertThat(d.name()).isEqualTo("张三");
        assertThat(d.idNumber()).isEqualTo(ID);
        assertThat(d.nationality()).isEqualTo("CHN");
        assertThat(d.entryYearMonth()).isEqualTo(YearMonth.of(2021, 9));
        assertThat(d.schoolId()).isEqualTo(3L);
        assertThat(d.classId()).isEqualTo(7L);
        assertThat(d.onlyChild()).isTrue();
        assertThat(d.guardians()).containsExactly(new Guardian("张大山", "父亲", "13800138000", null));
        assertThat(p.guardianSlots()).containsExactly(1);
    }

    @Test
    void roundTripsAStoredRecord() {
        StudentData stored = StudentRecordConversion.prepare(form(ID, "2021-09", father(),
                new StudentRecordValues.Guardian("李梅", "母亲", "", "")), 3L, TODAY).data();
        StudentRecordValues values = StudentRecordConversion.toForm(stored);

        assertThat(values.entryYearMonth()).isEqualTo("2021-09");
        assertThat(values.guardian1().phone()).isEqualTo("13800138000");
        assertThat(values.guardian2().name()).isEqualTo("李梅");
        assertThat(values.guardian2().phone()).isEmpty();
        assertThat(StudentRecordConversion.prepare(values, 3L, TODAY).data()).isEqualTo(stored);
    }

    @Test
    void invalidIdNumberIsReportedOnTheIdFieldInChinese() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        StudentRecordConversion.Prepared p = StudentRecordConversion.prepare(form(wrongCheck, "2021-09", father(), null), 3L, TODAY);

        assertThat(p.valid()).isFalse();
        FieldError e = p.errors().get(0);
        assertThat(e.field()).isEqualTo("idNumber");
        assertThat(StudentFieldIds.REGISTRY.forField(e.field(), p.guardianSlots())).isEqualTo("student-id-number");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("身份证号校验位错误");
    }

    @Test
    void unreadableEntryDateIsReportedOnceAsSuch() {
        StudentRecordConversion.Prepared p = StudentRecordConversion.prepare(form(ID, "九月", father(), null), 3L, TODAY);

        assertThat(p.errors()).extracting(FieldError::field).containsExactly("entryYearMonth");
        assertThat(p.errors().get(0).messageKey()).isEqualTo(StudentFormText.ENTRY_YEAR_MONTH_FORMAT);
        assertThat(p.errors().get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("2026-09");
    }

    @Test
    void guardianErrorsPointAtTheSlotTheyCameFrom() {
        StudentRecordValues.Guardian badPhone = new StudentRecordValues.Guardian("李梅", "母亲", "abc", "");
        StudentRecordConversion.Prepared p = StudentRecordConversion.prepare(form(ID, "2021-09", StudentRecordValues.Guardian.EMPTY,
                badPhone), 3L, TODAY);

        assertThat(p.guardianSlots()).containsExactly(2);
        List<String> ids = p.errors().stream().map(e -> StudentFieldIds.REGISTRY.forField(e.field(), p.guardianSlots())).toList();
        assertThat(ids).containsExactly("guardian2-phone");
    }

    @Test
    void missingGuardianIsAnErrorWithoutFormField() {
        StudentRecordConversion.Prepared p = StudentRecordConversion.prepare(form(ID, "2021-09", null, null), 3L, TODAY);

        assertThat(p.errors()).extracting(FieldError::field).containsExactly("guardians");
        assertThat(StudentFieldIds.REGISTRY.forField("guardians", p.guardianSlots())).isNull();
    }

    @Test
    void aNewRecordStartsWithTheUsualValuesAndNoClass() {
        StudentRecordValues v = StudentRecordConversion.newRecord(YearMonth.of(2026, 9));
        assertThat(v.idType()).isEqualTo(IdDocumentType.RESIDENT_ID);
        assertThat(v.nationality()).isEqualTo("CHN");
        assertThat(v.entryYearMonth()).isEqualTo("2026-09");
        assertThat(v.classId()).isNull();
        assertThat(v.withClassId(9L).classId()).isEqualTo(9L);
        assertThat(v.withClassId(9L).withClassId(null)).isEqualTo(v);
    }

    @Test
    void withPersonTakesTheListsNameAndNumberAndReadsSexAndBirthDateFromAResidentId() {
        LocalDate girlBirth = LocalDate.of(2020, 2, 29);
        String girl = ChineseIdNumber.of("440106", girlBirth, 612).value(); // even sequence: a girl
        StudentRecordValues filled = form("", "2026-09", father(), null).withPerson("花名册新生", girl);
        assertThat(filled.name()).isEqualTo("花名册新生");
        assertThat(filled.idNumber()).isEqualTo(girl);
        assertThat(filled.sex()).isEqualTo(Sex.FEMALE);
        assertThat(filled.birthDate()).isEqualTo(girlBirth);
        // the rest of the form is kept
        assertThat(filled.classId()).isEqualTo(7L);
        assertThat(filled.guardian1()).isEqualTo(father());

        // not a resident ID number (another document, or mistyped on the list): sex and birth date stay
        StudentRecordValues other = form("", "2026-09", father(), null).withPerson("某人", "E12345678");
        assertThat(other.idNumber()).isEqualTo("E12345678");
        assertThat(other.sex()).isEqualTo(Sex.MALE);
        assertThat(other.birthDate()).isEqualTo(BIRTH);
        assertThat(form("", "2026-09", null, null).withPerson(null, null).name()).isEmpty();
    }
}
