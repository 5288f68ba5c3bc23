package org.xueji.registry.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.xueji.platform.api.identity.Sex;

/**
 * The editable fields of a student record (national collection form). Used as input for
 * registration and edits; validated by {@link StudentValidator}.
 */
public record StudentData(
        String name,
        Sex sex,
        LocalDate birthDate,
        IdDocumentType idType,
        String idNumber,
        String birthPlace,
        String nativePlace,
        String ethnicityCode,
        String nationality,
        String householdAddress,
        HouseholdType householdType,
        String currentAddress,
        YearMonth entryYearMonth,
        EntryWay entryWay,
        StudyMode studyMode,
        boolean onlyChild,
        boolean preschool,
        LeftBehindStatus leftBehind,
        boolean migrant,
        boolean orphan,
        boolean martyrChild,
        boolean inclusion,
        DisabilityType disability,
        Long schoolId,
        Long classId,
        List<Guardian> guardians) {

    public StudentData {
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
    }

    /** A copy with another class (and school). */
    public StudentData withPlacement(Long newSchoolId, Long newClassId) {
        return new StudentData(name, sex, birthDate, idType, idNumber, birthPlace, nativePlace, ethnicityCode,
                nationality, householdAddress, householdType, currentAddress, entryYearMonth, entryWay, studyMode,
                onlyChild, preschool, leftBehind, migrant, orphan, martyrChild, inclusion, disability,
                newSchoolId, newClassId, guardians);
    }
}
