package org.xueji.ui.registry;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Element ids of the student form, and which form field shows a {@link
 * org.xueji.platform.api.FieldError} of a given record field.
 */
public final class FieldIds {

    public static final String NAME = "student-name";
    public static final String SEX = "student-sex";
    public static final String BIRTH_DATE = "student-birth-date";
    public static final String ID_TYPE = "student-id-type";
    public static final String ID_NUMBER = "student-id-number";
    public static final String ETHNICITY = "student-ethnicity";
    public static final String NATIONALITY = "student-nationality";
    public static final String BIRTH_PLACE = "student-birth-place";
    public static final String NATIVE_PLACE = "student-native-place";
    public static final String HOUSEHOLD_ADDRESS = "student-household-address";
    public static final String HOUSEHOLD_TYPE = "student-household-type";
    public static final String CURRENT_ADDRESS = "student-current-address";
    public static final String ENTRY_YEAR_MONTH = "student-entry-year-month";
    public static final String ENTRY_WAY = "student-entry-way";
    public static final String STUDY_MODE = "student-study-mode";
    public static final String CLASS = "student-class";
    public static final String LEFT_BEHIND = "student-left-behind";
    public static final String MIGRANT = "student-migrant";
    public static final String ORPHAN = "student-orphan";
    public static final String MARTYR_CHILD = "student-martyr-child";
    public static final String INCLUSION = "student-inclusion";
    public static final String DISABILITY = "student-disability";
    public static final String ONLY_CHILD = "student-only-child";
    public static final String PRESCHOOL = "student-preschool";

    /** Record component name → form field id. */
    private static final Map<String, String> BY_FIELD = Map.ofEntries(
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
            Map.entry("classId", CLASS),
            Map.entry("leftBehind", LEFT_BEHIND),
            Map.entry("migrant", MIGRANT),
            Map.entry("orphan", ORPHAN),
            Map.entry("martyrChild", MARTYR_CHILD),
            Map.entry("inclusion", INCLUSION),
            Map.entry("disability", DISABILITY),
            Map.entry("onlyChild", ONLY_CHILD),
            Map.entry("preschool", PRESCHOOL));

    private static final Pattern GUARDIAN = Pattern.compile("guardians\\[(\\d+)]\\.(name|relation|phone|idNumber)");

    /** The id of a guardian field of form slot 1 or 2, e.g. {@code guardian2-id-number}. */
    public static String guardian(int slot, String part) {
        return "guardian" + slot + "-" + switch (part) {
            case "idNumber" -> "id-number";
            default -> part;
        };
    }

    /**
     * The id of the form field showing errors of {@code field}, or {@code null} when no field
     * of the form stands for it (e.g. {@code guardians}, {@code schoolId}).
     *
     * @param guardianSlots for each guardian of the validated record (by index), the form slot
     *                      (1 or 2) it was read from; blank slots are left out of the record,
     *                      so {@code guardians[0]} may come from slot 2
     */
    public static String forField(String field, List<Integer> guardianSlots) {
        if (field == null) {
            return null;
        }
        String id = BY_FIELD.get(field);
        if (id != null) {
            return id;
        }
        Matcher m = GUARDIAN.matcher(field);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            int slot = guardianSlots != null && index < guardianSlots.size() ? guardianSlots.get(index) : index + 1;
            return slot == 1 || slot == 2 ? guardian(slot, m.group(2)) : null;
        }
        return null;
    }

    /** The label of a record field without a form field of its own, for a notification. */
    public static RegistryUiText labelOf(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "schoolId" -> RegistryUiText.FIELD_SCHOOL;
            case "guardians" -> RegistryUiText.FIELD_GUARDIANS;
            default -> field.startsWith("guardians") ? RegistryUiText.FIELD_GUARDIANS : null;
        };
    }

    private FieldIds() {
    }
}
