package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.ui.kit.student.StudentRecordConversion;
import org.xueji.ui.kit.student.StudentRecordValues;
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

class RegistrationFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 10);
    private static final LocalDate BIRTH = LocalDate.of(2020, 3, 4);
    private static final String ID = ChineseIdNumber.of("110101", BIRTH, 123).value();

    private static StudentRecordValues.Guardian father() {
        return new StudentRecordValues.Guardian("张大山", "父亲", "13800138000", "");
    }

    private static StudentRecordValues form(IdDocumentType type, String idNumber, String entry,
                                               StudentRecordValues.Guardian g1,
                                               StudentRecordValues.Guardian g2) {
        return new StudentRecordValues(" 张三 ", Sex.MALE, BIRTH, type, idNumber, "01", "chn", "北京", "北京",
                "北京市东城区东华门街道", HouseholdType.NON_AGRICULTURAL, "北京市东城区东华门街道", entry,
                EntryWay.NEARBY, StudyMode.DAY, null, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.NONE, true, true, g1, g2);
    }

    @Test
    void aNewFormStartsWithTheUsualValues() {
        StudentRecordValues v = RegistrationForms.newForm(YearMonth.of(2026, 9));

        assertThat(v.idType()).isEqualTo(IdDocumentType.RESIDENT_ID);
        assertThat(v.nationality()).isEqualTo("CHN");
        assertThat(v.entryYearMonth()).isEqualTo("2026-09");
        assertThat(v.entryWay()).isEqualTo(EntryWay.NEARBY);
        assertThat(v.studyMode()).isEqualTo(StudyMode.DAY);
        assertThat(v.leftBehind()).isEqualTo(LeftBehindStatus.NONE);
        assertThat(v.disability()).isEqualTo(DisabilityType.NONE);
        // what only the registrar knows is left empty, not guessed
        assertThat(v.name()).isEmpty();
        assertThat(v.sex()).isNull();
        assertThat(v.ethnicityCode()).isNull();
        assertThat(v.householdType()).isNull();
        assertThat(v.guardian1().isBlank()).isTrue();
    }

    @Test
    void buildsTheNormalisedRecordWithSchoolAndClass() {
        StudentRecordConversion.Prepared p = RegistrationForms.prepare(form(IdDocumentType.RESIDENT_ID,
                ID.toLowerCase(), "2026年9月", father(), null), 3L, 7L, 1, TODAY);

        assertThat(p.errors()).isEmpty();
        StudentData d = p.data();
        assertThat(d.name()).isEqualTo("张三");
        assertThat(d.idNumber()).isEqualTo(ID);
        assertThat(d.nationality()).isEqualTo("CHN");
        assertThat(d.entryYearMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(d.schoolId()).isEqualTo(3L);
        assertThat(d.classId()).isEqualTo(7L);
        assertThat(d.guardians()).containsExactly(new Guardian("张大山", "父亲", "13800138000", null));
        assertThat(p.guardianSlots()).containsExactly(1);
    }

    @Test
    void aMissingEntryGradeIsAnError() {
        StudentRecordConversion.Prepared p = RegistrationForms.prepare(form(IdDocumentType.RESIDENT_ID, ID, "2026-09",
                father(), null), 3L, null, null, TODAY);

        assertThat(p.errors()).extracting(FieldError::field).containsExactly("entryGrade");
        assertThat(RegistrationFieldIds.IDS.forField("entryGrade", p.guardianSlots())).isEqualTo("reg-entry-grade");
    }

    @Test
    void anUnreadableEntryMonthIsReportedOnceAsSuch() {
        StudentRecordConversion.Prepared p = RegistrationForms.prepare(form(IdDocumentType.RESIDENT_ID, ID, "九月",
                father(), null), 3L, null, 1, TODAY);

        assertThat(p.errors()).extracting(FieldError::field).containsExactly("entryYearMonth");
        assertThat(p.errors().get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("2026-09");
    }

    @Test
    void d1BirthDateMustAgreeWithTheIdNumber() {
        StudentRecordValues v = form(IdDocumentType.RESIDENT_ID, ID, "2026-09", father(), null);
        StudentRecordValues wrongBirth = new StudentRecordValues(v.name(), v.sex(), BIRTH.plusDays(1),
                v.idType(), v.idNumber(), v.ethnicityCode(), v.nationality(), v.birthPlace(), v.nativePlace(),
                v.householdAddress(), v.householdType(), v.currentAddress(), v.entryYearMonth(), v.entryWay(),
                v.studyMode(), v.classId(), v.leftBehind(), v.migrant(), v.orphan(), v.martyrChild(), v.inclusion(),
                v.disability(), v.onlyChild(), v.preschool(), v.guardian1(), v.guardian2());

        StudentRecordConversion.Prepared p = RegistrationForms.prepare(wrongBirth, 3L, null, 1, TODAY);

        assertThat(p.errors()).extracting(FieldError::field).containsExactly("birthDate");
    }

    @Test
    void guardianErrorsPointAtTheSlotTheyCameFrom() {
        StudentRecordValues.Guardian badPhone = new StudentRecordValues.Guardian("李梅", "母亲", "abc", "");
        StudentRecordConversion.Prepared p = RegistrationForms.prepare(form(IdDocumentType.RESIDENT_ID, ID, "2026-09",
                null, badPhone), 3L, null, 1, TODAY);

        assertThat(p.guardianSlots()).containsExactly(2);
        List<String> ids = p.errors().stream()
                .map(e -> RegistrationFieldIds.IDS.forField(e.field(), p.guardianSlots())).toList();
        assertThat(ids).containsExactly("reg-g2-phone");
    }

    @Test
    void aStudentWithoutIdNeedsAGuardianIdNumber() {
        StudentRecordConversion.Prepared p = RegistrationForms.prepare(form(IdDocumentType.OTHER, "", "2026-09",
                father(), null), 3L, null, 1, TODAY);

        assertThat(p.errors()).extracting(FieldError::field).containsExactly("guardians[0].idNumber");
        assertThat(RegistrationFieldIds.IDS.forField("guardians[0].idNumber", p.guardianSlots()))
                .isEqualTo("reg-g1-id-number");
    }

    @Test
    void theProbeForTheLiveCheckIsNormalisedButNotValidated() {
        StudentRecordValues half = new StudentRecordValues("", null, null, IdDocumentType.RESIDENT_ID,
                " " + ID.toLowerCase() + " ", null, "", "", "", "", null, "", "garbage", null, null, null, null,
                false, false, false, false, null, false, false, null, null);

        StudentData probe = RegistrationForms.probe(half, 3L, null);

        assertThat(probe.idNumber()).isEqualTo(ID);
        assertThat(probe.schoolId()).isEqualTo(3L);
        assertThat(probe.entryYearMonth()).isNull();
        assertThat(probe.name()).isNull();
        assertThat(probe.guardians()).isEmpty();
    }
}
