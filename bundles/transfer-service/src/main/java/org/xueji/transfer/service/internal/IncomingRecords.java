package org.xueji.transfer.service.internal;

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
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;
import org.xueji.transfer.service.internal.entity.IncomingEntity;

/** Between the record entered for a transfer in (validated, normalised) and its pending row (national codes). */
final class IncomingRecords {

    private IncomingRecords() {
    }

    static IncomingEntity row(long changeId, StudentData d) {
        IncomingEntity e = new IncomingEntity();
        e.changeId = changeId;
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
        List<Guardian> g = d.guardians();
        if (g.size() > 0) {
            e.guardian1Name = g.get(0).name();
            e.guardian1Relation = g.get(0).relation();
            e.guardian1Phone = g.get(0).phone();
            e.guardian1IdNumber = g.get(0).idNumber();
        }
        if (g.size() > 1) {
            e.guardian2Name = g.get(1).name();
            e.guardian2Relation = g.get(1).relation();
            e.guardian2Phone = g.get(1).phone();
            e.guardian2IdNumber = g.get(1).idNumber();
        }
        return e;
    }

    /** The record to create, placed in the receiving school's class. */
    static StudentData data(IncomingEntity e, long schoolId, long classId) {
        List<Guardian> guardians = new ArrayList<>(2);
        if (e.guardian1Name != null) {
            guardians.add(new Guardian(e.guardian1Name, e.guardian1Relation, e.guardian1Phone, e.guardian1IdNumber));
        }
        if (e.guardian2Name != null) {
            guardians.add(new Guardian(e.guardian2Name, e.guardian2Relation, e.guardian2Phone, e.guardian2IdNumber));
        }
        return new StudentData(e.name, Sex.fromCode(e.sex), e.birthDate,
                CodedValue.fromCodeOrLabel(IdDocumentType.class, e.idType), e.idNumber, e.birthPlace, e.nativePlace,
                e.ethnicity, e.nationality, e.householdAddress,
                CodedValue.fromCodeOrLabel(HouseholdType.class, e.householdType), e.currentAddress,
                YearMonth.of(e.entryYearMonth / 100, e.entryYearMonth % 100),
                CodedValue.fromCodeOrLabel(EntryWay.class, e.entryWay),
                CodedValue.fromCodeOrLabel(StudyMode.class, e.studyMode), e.onlyChild, e.preschool,
                CodedValue.fromCodeOrLabel(LeftBehindStatus.class, e.leftBehind), e.migrant, e.orphan, e.martyrChild,
                e.inclusion, CodedValue.fromCodeOrLabel(DisabilityType.class, e.disability), schoolId, classId,
                guardians);
    }
}
