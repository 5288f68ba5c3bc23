package org.xueji.ui.enrollment.registration;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Element ids of the registration form (for end-to-end tests), and which form field shows a
 * {@link org.xueji.platform.api.FieldError} of a given record field.
 */
final class RegistrationFieldIds {

    static final String SCHOOL = "reg-school";
    static final String ENTRY_GRADE = "reg-entry-grade";
    static final String CLASS = "reg-class";

    static final String NAME = "reg-name";
    static final String SEX = "reg-sex";
    static final String BIRTH_DATE = "reg-birth-date";
    static final String ID_TYPE = "reg-id-type";
    static final String ID_NUMBER = "reg-id-number";
    static final String ETHNICITY = "reg-ethnicity";
    static final String NATIONALITY = "reg-nationality";
    static final String BIRTH_PLACE = "reg-birth-place";
    static final String NATIVE_PLACE = "reg-native-place";
    static final String HOUSEHOLD_ADDRESS = "reg-household-address";
    static final String HOUSEHOLD_TYPE = "reg-household-type";
    static final String CURRENT_ADDRESS = "reg-current-address";
    static final String ENTRY_YEAR_MONTH = "reg-entry-year-month";
    static final String ENTRY_WAY = "reg-entry-way";
    static final String STUDY_MODE = "reg-study-mode";
    static final String LEFT_BEHIND = "reg-left-behind";
    static final String MIGRANT = "reg-migrant";
    static final String ORPHAN = "reg-orphan";
    static final String MARTYR_CHILD = "reg-martyr-child";
    static final String INCLUSION = "reg-inclusion";
    static final String DISABILITY = "reg-disability";
    static final String ONLY_CHILD = "reg-only-child";
    static final String PRESCHOOL = "reg-preschool";

    static final String JUSTIFICATION = "reg-justification";
    static final String SAVE = "reg-save";

    /** Record component name (of StudentData or NewRegistration) → form field id. */
    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("schoolId", SCHOOL),
            Map.entry("entryGrade", ENTRY_GRADE),
            Map.entry("classId", CLASS),
            Map.entry("name", NAME),
            Map.entry("sex", SEX),
            Map.entry("birthDate", BIRTH_DATE),
            Map.entry("idType", ID_TYPE),
            Map.entry("idNumber", ID_NUMBER),
            Map.entry("ethnicityCode", ETHNICITY),
            Map.entry("nationality", NATIONALITY),
            Map.entry("birthPlace", BIRTH_PLACE),
            Map.entry("nativePlace", NATIVE_PLACE),
            Map.entry("householdAddress", HOUSEHOLD_ADDRESS),
            Map.entry("householdType", HOUSEHOLD_TYPE),
            Map.entry("currentAddress", CURRENT_ADDRESS),
            Map.entry("entryYearMonth", ENTRY_YEAR_MONTH),
            Map.entry("entryWay", ENTRY_WAY),
            Map.entry("studyMode", STUDY_MODE),
            Map.entry("leftBehind", LEFT_BEHIND),
            Map.entry("migrant", MIGRANT),
            Map.entry("orphan", ORPHAN),
            Map.entry("martyrChild", MARTYR_CHILD),
            Map.entry("inclusion", INCLUSION),
            Map.entry("disability", DISABILITY),
            Map.entry("onlyChild", ONLY_CHILD),
            Map.entry("preschool", PRESCHOOL),
            Map.entry("duplicateJustification", JUSTIFICATION));

    private static final Pattern GUARDIAN = Pattern.compile("guardians\\[(\\d+)]\\.(name|relation|phone|idNumber)");
    /** The service may name fields of the record inside a NewRegistration as {@code student.name}. */
    private static final String STUDENT_PREFIX = "student.";

    /** The id of a guardian field of form slot 1 or 2, e.g. {@code reg-g2-id-number}. */
    static String guardian(int slot, String part) {
        return "reg-g" + slot + "-" + switch (part) {
            case "idNumber" -> "id-number";
            default -> part;
        };
    }

    /**
     * The id of the form field showing errors of {@code field}, or {@code null} when no field
     * of the form stands for it (e.g. {@code guardians}).
     *
     * @param guardianSlots for each guardian of the checked record (by index), the form slot
     *                      (1 or 2) it was read from; blank slots are left out of the record,
     *                      so {@code guardians[0]} may come from slot 2
     */
    static String forField(String field, List<Integer> guardianSlots) {
        if (field == null) {
            return null;
        }
        String f = field.startsWith(STUDENT_PREFIX) ? field.substring(STUDENT_PREFIX.length()) : field;
        String id = BY_FIELD.get(f);
        if (id != null) {
            return id;
        }
        Matcher m = GUARDIAN.matcher(f);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            int slot = guardianSlots != null && index < guardianSlots.size() ? guardianSlots.get(index) : index + 1;
            return slot == 1 || slot == 2 ? guardian(slot, m.group(2)) : null;
        }
        return null;
    }

    /** The label of a record field without a form field of its own, for a notification. */
    static RegistrationUiText labelOf(String field) {
        if (field == null) {
            return null;
        }
        String f = field.startsWith(STUDENT_PREFIX) ? field.substring(STUDENT_PREFIX.length()) : field;
        return f.startsWith("guardians") ? RegistrationUiText.FIELD_GUARDIANS : null;
    }

    private RegistrationFieldIds() {
    }
}
