package org.xueji.registry.service.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.RegistrationDetails;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;
import org.xueji.registry.service.internal.entity.StudentEntity;

/** Copies between the stored entity (national codes) and the API records. */
final class StudentMapper {

    static void copy(StudentData d, StudentEntity e) {
        e.name = d.name();
        e.sex = d.sex().code();
        e.birthDate = d.birthDate();
        e.idType = d.idType().code();
        e.idNumber = d.idNumber();
        e.birthPlace = d.birthPlace();
        e.nativePlace = d.nativePlace();
        e.ethnicity = d.ethnicityCode();
        e.nationality = d.nationality();
        e.householdAddress = d.householdAddress();
        e.householdType = d.householdType().code();
        e.currentAddress = d.currentAddress();
        e.entryYearMonth = d.entryYearMonth().getYear() * 100 + d.entryYearMonth().getMonthValue();
        e.entryWay = d.entryWay().code();
        e.studyMode = d.studyMode().code();
        e.onlyChild = d.onlyChild();
        e.preschool = d.preschool();
        e.leftBehind = d.leftBehind().code();
        e.migrant = d.migrant();
        e.orphan = d.orphan();
        e.martyrChild = d.martyrChild();
        e.inclusion = d.inclusion();
        e.disability = d.disability().code();
        e.schoolId = d.schoolId();
        e.classId = d.classId();
        List<Guardian> g = d.guardians();
        Guardian g1 = g.size() > 0 ? g.get(0) : new Guardian(null, null, null, null);
        Guardian g2 = g.size() > 1 ? g.get(1) : new Guardian(null, null, null, null);
        e.guardian1Name = g1.name();
        e.guardian1Relation = g1.relation();
        e.guardian1Phone = g1.phone();
        e.guardian1IdNumber = g1.idNumber();
        e.guardian2Name = g2.name();
        e.guardian2Relation = g2.relation();
        e.guardian2Phone = g2.phone();
        e.guardian2IdNumber = g2.idNumber();
    }

    static StudentData data(StudentEntity e) {
        List<Guardian> guardians = new ArrayList<>(2);
        if (e.guardian1Name != null) {
            guardians.add(new Guardian(e.guardian1Name, e.guardian1Relation, e.guardian1Phone, e.guardian1IdNumber));
        }
        if (e.guardian2Name != null) {
            guardians.add(new Guardian(e.guardian2Name, e.guardian2Relation, e.guardian2Phone, e.guardian2IdNumber));
        }
        return new StudentData(e.name, Sex.fromCode(e.sex), e.birthDate,
                CodedValue.fromCodeOrLabel(IdDocumentType.class, e.idType), e.idNumber, e.birthPlace,
                e.nativePlace, e.ethnicity, e.nationality, e.householdAddress,
                CodedValue.fromCodeOrLabel(HouseholdType.class, e.householdType), e.currentAddress,
                YearMonth.of(e.entryYearMonth / 100, e.entryYearMonth % 100),
                CodedValue.fromCodeOrLabel(EntryWay.class, e.entryWay),
                CodedValue.fromCodeOrLabel(StudyMode.class, e.studyMode), e.onlyChild, e.preschool,
                CodedValue.fromCodeOrLabel(LeftBehindStatus.class, e.leftBehind), e.migrant, e.orphan,
                e.martyrChild, e.inclusion, CodedValue.fromCodeOrLabel(DisabilityType.class, e.disability),
                e.schoolId, e.classId, guardians);
    }

    static Student student(StudentEntity e) {
        return new Student(e.id, e.version, e.registryNumber, data(e), registration(e), e.createdAt, e.updatedAt,
                e.homeTeaching);
    }

    static RegistrationDetails registration(StudentEntity e) {
        return new RegistrationDetails(e.entryGrade, e.registrationDue, e.registeredLate, e.duplicateNote,
                e.importBatch);
    }

    static void copy(RegistrationDetails d, StudentEntity e) {
        e.entryGrade = d.entryGrade();
        e.registrationDue = d.dueDate();
        e.registeredLate = d.late();
        e.duplicateNote = d.duplicateJustification() == null || d.duplicateJustification().isBlank() ? null
                : d.duplicateJustification().strip();
        e.importBatch = d.importBatchId();
    }

    private StudentMapper() {
    }
}
