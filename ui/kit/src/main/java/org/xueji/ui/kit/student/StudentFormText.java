package org.xueji.ui.kit.student;

import org.xueji.platform.api.MessageKey;

/**
 * Texts of the student-record form; translations in {@code messages.properties} (Chinese, the
 * default) and {@code messages_en.properties} beside this class.
 */
public enum StudentFormText implements MessageKey {
    SECTION_BASIC,
    SECTION_ID,
    SECTION_HOUSEHOLD,
    SECTION_ENTRY,
    SECTION_SPECIAL,
    SECTION_GUARDIANS,
    FIELD_NAME,
    FIELD_SEX,
    FIELD_BIRTH_DATE,
    FIELD_ID_TYPE,
    FIELD_ID_NUMBER,
    FIELD_ID_NUMBER_HELPER,
    FIELD_ETHNICITY,
    FIELD_NATIONALITY,
    FIELD_NATIONALITY_HELPER,
    FIELD_BIRTH_PLACE,
    FIELD_NATIVE_PLACE,
    FIELD_HOUSEHOLD_ADDRESS,
    FIELD_HOUSEHOLD_TYPE,
    FIELD_CURRENT_ADDRESS,
    FIELD_ENTRY_YEAR_MONTH,
    FIELD_ENTRY_YEAR_MONTH_HELPER,
    FIELD_ENTRY_WAY,
    FIELD_STUDY_MODE,
    FIELD_CLASS,
    FIELD_LEFT_BEHIND,
    FIELD_MIGRANT,
    FIELD_ORPHAN,
    FIELD_MARTYR_CHILD,
    FIELD_INCLUSION,
    FIELD_DISABILITY,
    FIELD_ONLY_CHILD,
    FIELD_PRESCHOOL,
    FIELD_SCHOOL,
    FIELD_GUARDIANS,
    GUARDIAN_HEADING,
    GUARDIAN_NAME,
    GUARDIAN_RELATION,
    GUARDIAN_RELATION_PLACEHOLDER,
    GUARDIAN_PHONE,
    GUARDIAN_ID_NUMBER,
    ENTRY_YEAR_MONTH_FORMAT,
    FIELD_ERROR,
    FIELD_HOME_TEACHING,
    FIELD_HOME_TEACHING_HELPER;

    @Override
    public String key() {
        return name();
    }
}
