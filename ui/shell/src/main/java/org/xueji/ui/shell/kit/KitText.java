package org.xueji.ui.shell.kit;

import org.xueji.platform.api.MessageKey;

/**
 * Texts of the UI kit; translations in {@code messages.properties} (Chinese, the default) and
 * {@code messages_en.properties} beside this class.
 */
public enum KitText implements MessageKey {
    // date pickers
    DATE_MONTHS,
    DATE_WEEKDAYS,
    DATE_WEEKDAYS_SHORT,
    DATE_TODAY,
    DATE_CANCEL,
    DATE_BAD_INPUT,

    // uploads
    UPLOAD_DROP,
    UPLOAD_BUTTON,
    UPLOAD_TOO_LARGE,
    UPLOAD_EMPTY,
    UPLOAD_WRONG_TYPE,
    UPLOAD_RECEIVED,
    UPLOAD_REFUSED_BY_BROWSER,
    UPLOAD_ONE_FILE,

    // data releases
    RELEASE_LABEL,
    RELEASE_ITEM,
    RELEASE_NONE,
    /** Several usable releases and none picked: the export spends a download of the one picked. */
    RELEASE_CHOOSE,
    RELEASE_SCOPE,
    RELEASE_FIELD_BASIC,
    RELEASE_FIELD_IDENTITY,
    RELEASE_FIELD_ADDRESS,
    RELEASE_FIELD_GUARDIANS,
    RELEASE_FIELD_ENROLMENT,
    RELEASE_FIELD_SPECIAL,
    DOWNLOAD_USED,

    // content kinds (upload messages)
    KIND_XLSX,
    KIND_XLS,
    KIND_CSV,
    KIND_PDF,
    KIND_PNG,
    KIND_JPEG,
    KIND_JSON,

    // grids and charts
    EMPTY_DEFAULT,
    CHART_NO_DATA;

    @Override
    public String key() {
        return name();
    }
}
