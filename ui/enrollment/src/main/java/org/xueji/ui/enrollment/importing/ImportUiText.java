package org.xueji.ui.enrollment.importing;

import org.xueji.platform.api.MessageKey;

/**
 * Every text of the import/export page; translations in {@code messages.properties} (Chinese,
 * the default) and {@code messages_en.properties} beside this class.
 */
public enum ImportUiText implements MessageKey {
    GROUP,
    PAGE_TITLE,
    TITLE,
    INTRO,

    // school and template
    SCHOOL,
    SCHOOL_PLACEHOLDER,
    TEMPLATE_LINK,
    TEMPLATE_HINT,

    // import
    MODE,
    MODE_ALL_OR_NOTHING,
    MODE_ALL_OR_NOTHING_HELP,
    MODE_VALID_ROWS_ONLY,
    MODE_VALID_ROWS_ONLY_HELP,
    FILE,
    FILE_RECEIVED,
    UPLOAD_FAILED,
    UPLOAD_ADD,
    UPLOAD_DROP,
    UPLOAD_TOO_MANY,
    UPLOAD_TOO_BIG,
    UPLOAD_WRONG_TYPE,
    START,
    RUNNING,
    NEED_SCHOOL,
    NEED_MODE,
    NEED_FILE,
    PROGRESS,
    PROGRESS_STARTING,
    PHASE_READ,
    PHASE_CHECK,
    PHASE_WRITE,
    IMPORT_DONE,
    IMPORT_NOT_STORED,
    IMPORT_FAILED,

    // report
    REPORT_TITLE,
    REPORT_FILE,
    REPORT_COUNTS,
    STATUS_RUNNING,
    STATUS_COMPLETED,
    STATUS_REJECTED,
    STATUS_ABORTED,
    COL_ROW,
    COL_COLUMN,
    COL_PROBLEM,
    WHOLE_FILE,
    NO_ISSUES,
    ISSUES_CSV,
    ISSUES_TRUNCATED,

    // recent imports
    RECENT_TITLE,
    RECENT_EMPTY,
    COL_STARTED_AT,
    COL_SCHOOL,
    COL_FILE,
    COL_MODE,
    COL_STATUS,
    COL_TOTAL_ROWS,
    COL_VALID_ROWS,
    COL_STORED_ROWS,
    COL_STARTED_BY,

    // export
    EXPORT_TITLE,
    EXPORT_INTRO,
    EXPORT_GRADE,
    ALL_GRADES,
    EXPORT_RELEASE,
    EXPORT_BUTTON,
    EXPORT_NEEDS_APPROVAL,
    EXPORT_REQUEST_LINK,
    EXPORT_READY,
    EXPORT_FAILED;

    @Override
    public String key() {
        return name();
    }
}
