package org.xueji.ui.admin.calendar;

import org.xueji.platform.api.MessageKey;

/** Every text of the working-day calendar view (D2); zh in messages.properties, en beside it. */
public enum CalendarUiText implements MessageKey {
    TITLE,
    PAGE_TITLE,
    INTRO,
    READ_ONLY,
    YEAR,
    YEARS_NONE,
    SUMMARY,
    PAPER,
    COL_DATE,
    COL_WEEKDAY,
    COL_KIND,
    COL_NAME,
    COL_ACTIONS,
    KIND_OFF,
    KIND_MAKE_UP,
    REMOVE,
    REMOVE_CONFIRM_TITLE,
    REMOVE_CONFIRM,
    REMOVED,
    ADD_DAY,
    DAY_DIALOG_TITLE,
    FIELD_DATE,
    FIELD_NAME,
    FIELD_KIND,
    SAVE,
    CANCEL,
    SAVED,
    REQUIRED,
    OVERVIEW,
    LEGEND_OFF,
    LEGEND_MAKE_UP,
    MONTHS,
    WEEKDAYS_SHORT,
    IMPORT_TITLE,
    IMPORT_HINT,
    IMPORT_YEAR,
    IMPORT_REPLACE,
    IMPORT_BUTTON,
    IMPORT_NO_FILE,
    IMPORT_TOO_LARGE,
    IMPORT_NOT_JSON,
    IMPORT_REJECTED_BY_BROWSER,
    IMPORT_RECEIVED,
    IMPORT_DONE,
    IMPORT_REPLACED;

    @Override
    public String key() {
        return name();
    }
}
