package org.xueji.ui.enrollment.registration;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudyMode;

/**
 * The national record fields of the registration form as the user left them: texts as
 * typed (the entry year-month still unparsed), selections, check boxes and the two guardian
 * slots. School, entry grade and class are chosen apart ({@link PlacementFields}).
 */
record RegistrationFormValues(
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
        LeftBehindStatus leftBehind,
        boolean migrant,
        boolean orphan,
        boolean martyrChild,
        boolean inclusion,
        DisabilityType disability,
        boolean onlyChild,
        boolean preschool,
        Guardian guardian1,
        Guardian guardian2) {

    RegistrationFormValues {
        guardian1 = guardian1 == null ? Guardian.EMPTY : guardian1;
        guardian2 = guardian2 == null ? Guardian.EMPTY : guardian2;
    }

    /** One guardian slot of the form. */
    record Guardian(String name, String relation, String phone, String idNumber) {

        static final Guardian EMPTY = new Guardian("", "", "", "");

        /** Whether nothing but white space was entered. */
        boolean isBlank() {
            return blank(name) && blank(relation) && blank(phone) && blank(idNumber);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
