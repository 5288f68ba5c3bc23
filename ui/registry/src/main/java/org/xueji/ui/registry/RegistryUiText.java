package org.xueji.ui.registry;

import org.xueji.platform.api.MessageKey;

/**
 * Every text of the registry views; translations in {@code messages.properties} (Chinese,
 * the default) and {@code messages_en.properties} beside this class.
 */
public enum RegistryUiText implements MessageKey {
    GROUP,
    PAGE_TITLE,
    STUDENTS_TITLE,
    STUDENT_DETAIL_TITLE,
    SCHOOLS_TITLE,
    CLASS_SIZES_TITLE,

    // student search
    SEARCH_NAME,
    SEARCH_NAME_PLACEHOLDER,
    SEARCH_ID_NUMBER,
    SEARCH_REGISTRY_NUMBER,
    SEARCH_SCHOOL,
    SEARCH_GRADE,
    SEARCH_CLASS,
    ALL,
    SEARCH_BUTTON,
    SEARCH_RESET,
    EXPORT_RELEASE,
    EXPORT_BUTTON,
    EXPORT_NEEDS_APPROVAL,
    EXPORT_READY,
    SEARCH_COUNT,
    SEARCH_COUNT_MORE,
    SEARCH_EMPTY,
    COL_REGISTRY_NUMBER,
    COL_NAME,
    COL_SEX,
    COL_BIRTH_DATE,
    COL_ID_NUMBER,
    COL_SCHOOL,
    COL_CLASS,
    COL_ACTIONS,
    VIEW_BUTTON,

    // student record
    DETAIL_REGISTRY_NUMBER,
    DETAIL_SCHOOL,
    DETAIL_SCHOOL_HINT,
    SAVE,
    CANCEL_CHANGES,
    BACK,
    SAVED,
    CHANGES_DISCARDED,
    STUDENT_ID_INVALID,
    STUDENT_NOT_LOADED,
    READ_ONLY_NOTICE,


    // schools
    SCHOOL_FILTER,
    SCHOOL_FILTER_PLACEHOLDER,
    SCHOOLS_COUNT,
    COL_SCHOOL_CODE,
    COL_SCHOOL_NAME,
    COL_SCHOOL_TYPE,
    COL_TOWN,
    COL_SERVICE_AREAS,
    COL_OVERSIZE,
    COL_CLASS_COUNT,
    COL_STUDENT_COUNT,
    OVERSIZE_BADGE,

    // class sizes
    CLASS_FILTER_SCHOOL,
    CLASS_FILTER_GRADE,
    CLASS_FILTER_OVER_CAP,
    COL_CLASS_NAME,
    COL_STUDENTS,
    COL_CAPACITY,
    COL_HEAD_TEACHER,
    COL_STATUS,
    STATUS_OVER_CAP,
    STATUS_OVER_CAPACITY,
    STATUS_NORMAL,
    OVER_CAP_SUMMARY,
    CLASS_COUNT_SUMMARY,

    // dashboard
    CARD_TITLE,
    CARD_SCHOOLS,
    CARD_CLASSES,
    CARD_STUDENTS,
    CARD_OVER_CAP,
    CARD_UNAVAILABLE,

    // dashboard charts
    CHARTS_TITLE,
    CHART_STUDENTS_PER_GRADE,
    CHART_STUDENTS,
    CHART_CLASS_SIZES,
    CHART_CLASS_SIZES_LARGEST,
    CHART_CLASS_STUDENTS,
    CHART_CAP_LINE,
    CHARTS_EMPTY,

    // empty lists
    SCHOOLS_EMPTY,
    CLASSES_EMPTY,

    // record history (R7)
    HISTORY_TITLE,
    HISTORY_LOAD,
    HISTORY_WHEN,
    HISTORY_WHO,
    HISTORY_FIELD,
    HISTORY_OLD,
    HISTORY_NEW,
    HISTORY_EMPTY,

    // record status in the search (R3: withdrawn, transferred out, suspended, deceased records are marked)
    COL_RECORD_STATUS,
    STATUS_ACTIVE,
    SEARCH_ACTIVE_ONLY,

    // key fields of an existing record (R3): changed only through a correction
    KEY_FIELDS_READ_ONLY;

    @Override
    public String key() {
        return name();
    }
}
