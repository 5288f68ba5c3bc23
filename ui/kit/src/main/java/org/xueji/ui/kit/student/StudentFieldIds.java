package org.xueji.ui.kit.student;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Element ids of a student-record form, and which element shows a
 * {@link org.xueji.platform.api.FieldError} of a given record field. Every page that shows the
 * form has its own prefix, so ids stay unique and stable for end-to-end tests:
 * {@link #REGISTRY} ({@code student-name}, {@code guardian1-phone}) on the registry's student
 * page, {@link #REGISTRATION} ({@code reg-name}, {@code reg-g1-phone}) on enrollment's
 * registration. Page-specific fields (school, entry grade, …) are added with {@link #withExtra}.
 */
public final class StudentFieldIds {

    /** The fields of the record form: record component name and id suffix. */
    public enum Field {
        NAME("name", "name"),
        SEX("sex", "sex"),
        BIRTH_DATE("birthDate", "birth-date"),
        ID_TYPE("idType", "id-type"),
        ID_NUMBER("idNumber", "id-number"),
        ETHNICITY("ethnicityCode", "ethnicity"),
        NATIONALITY("nationality", "nationality"),
        BIRTH_PLACE("birthPlace", "birth-place"),
        NATIVE_PLACE("nativePlace", "native-place"),
        HOUSEHOLD_ADDRESS("householdAddress", "household-address"),
        HOUSEHOLD_TYPE("householdType", "household-type"),
        CURRENT_ADDRESS("currentAddress", "current-address"),
        ENTRY_YEAR_MONTH("entryYearMonth", "entry-year-month"),
        ENTRY_WAY("entryWay", "entry-way"),
        STUDY_MODE("studyMode", "study-mode"),
        CLASS("classId", "class"),
        LEFT_BEHIND("leftBehind", "left-behind"),
        MIGRANT("migrant", "migrant"),
        ORPHAN("orphan", "orphan"),
        MARTYR_CHILD("martyrChild", "martyr-child"),
        INCLUSION("inclusion", "inclusion"),
        DISABILITY("disability", "disability"),
        ONLY_CHILD("onlyChild", "only-child"),
        PRESCHOOL("preschool", "preschool"),
        /** 送教上门: shown read-only; not a {@code StudentData} field (set by a placement decision). */
        HOME_TEACHING("homeTeaching", "home-teaching");

        private final String recordField;
        private final String suffix;

        Field(String recordField, String suffix) {
            this.recordField = recordField;
            this.suffix = suffix;
        }

        /** The name of the {@link org.xueji.registry.api.StudentData} component, e.g. {@code birthDate}. */
        public String recordField() {
            return recordField;
        }
    }

    /** The registry's student page: {@code student-name}, {@code guardian1-name}. */
    public static final StudentFieldIds REGISTRY = new StudentFieldIds("student-", "guardian", Map.of());
    /** Enrollment's registration: {@code reg-name}, {@code reg-g1-name}. */
    public static final StudentFieldIds REGISTRATION = new StudentFieldIds("reg-", "reg-g", Map.of());

    private static final Pattern GUARDIAN = Pattern.compile("guardians\\[(\\d+)]\\.(name|relation|phone|idNumber)");
    /** A service may name the fields of a record nested in a request as {@code student.name}. */
    private static final String STUDENT_PREFIX = "student.";

    private final String prefix;
    private final String guardianPrefix;
    private final Map<String, String> extra;

    /**
     * @param prefix         of the record fields' ids, e.g. {@code reg-}
     * @param guardianPrefix of the guardian fields' ids, e.g. {@code reg-g} ({@code reg-g1-name})
     * @param extra          record field → element id of page-specific fields
     */
    public StudentFieldIds(String prefix, String guardianPrefix, Map<String, String> extra) {
        this.prefix = prefix;
        this.guardianPrefix = guardianPrefix;
        this.extra = Map.copyOf(extra);
    }

    /** The same ids, plus an element that shows errors of {@code recordField} (e.g. {@code schoolId}). */
    public StudentFieldIds withExtra(String recordField, String elementId) {
        Map<String, String> more = new HashMap<>(extra);
        more.put(recordField, elementId);
        return new StudentFieldIds(prefix, guardianPrefix, more);
    }

    /** The element id of a field, e.g. {@code student-birth-date}. */
    public String id(Field field) {
        return prefix + field.suffix;
    }

    /**
     * The id of a guardian field of form slot 1 or 2, e.g. {@code guardian2-id-number}.
     *
     * @param part {@code name}, {@code relation}, {@code phone} or {@code idNumber}
     */
    public String guardian(int slot, String part) {
        return guardianPrefix + slot + "-" + ("idNumber".equals(part) ? "id-number" : part);
    }

    /**
     * The id of the element showing errors of {@code field}, or {@code null} when no element
     * of the form stands for it (e.g. {@code guardians}).
     *
     * @param guardianSlots for each guardian of the validated record (by index), the form slot
     *                      (1 or 2) it was read from; blank slots are left out of the record,
     *                      so {@code guardians[0]} may come from slot 2
     */
    public String forField(String field, List<Integer> guardianSlots) {
        if (field == null) {
            return null;
        }
        String f = field.startsWith(STUDENT_PREFIX) ? field.substring(STUDENT_PREFIX.length()) : field;
        String id = extra.get(f);
        if (id != null) {
            return id;
        }
        for (Field candidate : Field.values()) {
            if (candidate.recordField.equals(f)) {
                return id(candidate);
            }
        }
        Matcher m = GUARDIAN.matcher(f);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            int slot = guardianSlots != null && index < guardianSlots.size() ? guardianSlots.get(index) : index + 1;
            return slot == 1 || slot == 2 ? guardian(slot, m.group(2)) : null;
        }
        return null;
    }

    /** The label of a record field without an element of its own, for a notification. */
    public static StudentFormText labelOf(String field) {
        if (field == null) {
            return null;
        }
        String f = field.startsWith(STUDENT_PREFIX) ? field.substring(STUDENT_PREFIX.length()) : field;
        if ("schoolId".equals(f)) {
            return StudentFormText.FIELD_SCHOOL;
        }
        return f.startsWith("guardians") ? StudentFormText.FIELD_GUARDIANS : null;
    }
}
