package org.xueji.ui.kit.student;

import java.io.Serializable;
import java.time.LocalDate;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudyMode;

/**
 * The values of the student-record form as the user left them: texts as typed (the entry
 * year-month still unparsed), selections, check boxes and the two guardian slots. The class is
 * {@code null} where the page chooses it elsewhere (registration's placement).
 */
public record StudentRecordValues(
        String name,
        Sex sex,
        LocalDate birthDate,
        IdDocumentType idType,
        String idNumber,
        String ethnicityCode,
        String nationality,
        String birthPlace,
        String nativePlace,
        String householdAddress,
        HouseholdType householdType,
        String currentAddress,
        String entryYearMonth,
        EntryWay entryWay,
        StudyMode studyMode,
        Long classId,
        LeftBehindStatus leftBehind,
        boolean migrant,
        boolean orphan,
        boolean martyrChild,
        boolean inclusion,
        DisabilityType disability,
        boolean onlyChild,
        boolean preschool,
        Guardian guardian1,
        Guardian guardian2) implements Serializable {

    public StudentRecordValues {
        guardian1 = guardian1 == null ? Guardian.EMPTY : guardian1;
        guardian2 = guardian2 == null ? Guardian.EMPTY : guardian2;
    }

    /** The same values in another class (e.g. the one chosen in registration's placement). */
    public StudentRecordValues withClassId(Long newClassId) {
        return new StudentRecordValues(name, sex, birthDate, idType, idNumber, ethnicityCode, nationality, birthPlace,
                nativePlace, householdAddress, householdType, currentAddress, entryYearMonth, entryWay, studyMode,
                newClassId, leftBehind, migrant, orphan, martyrChild, inclusion, disability, onlyChild, preschool,
                guardian1, guardian2);
    }

    /**
     * The same values for the person a list names (e.g. the roster of an R18 finding): the name and ID
     * number as given; sex and birth date read from a resident ID number, kept as they were otherwise.
     */
    public StudentRecordValues withPerson(String personName, String personIdNumber) {
        Sex s = sex;
        LocalDate birth = birthDate;
        String id = personIdNumber == null ? "" : personIdNumber;
        try {
            ChineseIdNumber parsed = ChineseIdNumber.parse(id);
            s = parsed.sex();
            birth = parsed.birthDate();
        } catch (RuntimeException notAResidentId) {
            // another document, or a typing error on the list: the registrar enters them from the papers
        }
        return new StudentRecordValues(personName == null ? "" : personName, s, birth, idType, id, ethnicityCode,
                nationality, birthPlace, nativePlace, householdAddress, householdType, currentAddress, entryYearMonth,
                entryWay, studyMode, classId, leftBehind, migrant, orphan, martyrChild, inclusion, disability, onlyChild,
                preschool, guardian1, guardian2);
    }

    /** One guardian slot of the form. */
    public record Guardian(String name, String relation, String phone, String idNumber) implements Serializable {

        public static final Guardian EMPTY = new Guardian("", "", "", "");

        /** Whether nothing but white space was entered. */
        public boolean isBlank() {
            return blank(name) && blank(relation) && blank(phone) && blank(idNumber);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
