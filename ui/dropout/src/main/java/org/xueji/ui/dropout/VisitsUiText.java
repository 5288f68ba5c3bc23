package org.xueji.ui.dropout;

import org.xueji.platform.api.MessageKey;

/**
 * Texts of the home-visit and report views; {@code visits.properties} (Chinese) and
 * {@code visits_en.properties} beside it (a bundle of their own, so the ledger views' file stays as it is).
 */
public enum VisitsUiText implements MessageKey {
    HOME_VISITS_TITLE,
    HOME_VISITS_INTRO,
    REPORTS_TITLE,
    REPORTS_INTRO,
    SCHOOL,
    OVERDUE_ONLY,
    COL_CHILD,
    COL_CLASS,
    COL_GROUPS,
    COL_RULE,
    COL_MADE,
    COL_LAST,
    COL_STATE,
    OVERDUE,
    ON_TIME,
    /** {0} contacts, {1} days. */
    RULE,
    NEVER,
    EMPTY,
    FORM_TITLE,
    /** {0} the child's name. */
    FORM_FOR,
    PICK_CHILD,
    KIND,
    DATE,
    VISITORS,
    CONTENT,
    OUTCOME,
    SAVE,
    SAVED,
    HISTORY,
    MARK_NO_CARER,
    MARK_HARDSHIP,
    MONTHLY,
    QUARTERLY,
    MONTH,
    YEAR,
    QUARTER,
    SHOW,
    PDF,
    XLSX,
    FIGURES,
    CHART_REASONS,
    CHART_SCHOOLS,
    CHART_TOWNS,
    SERIES_CHILDREN,
    SERIES_STILL_OUT,
    AGE_LEDGER,
    /** {0} registry records of school age, {1} children without a record, {2} min age, {3} max age. */
    AGE_SUMMARY,
    LEDGER_EXPORT,
    EXPORT_RELEASE,
    EXPORT_BUTTON,
    EXPORT_NEEDS_APPROVAL,
    /** {0} file name. */
    EXPORT_READY;

    @Override
    public String key() {
        return name();
    }

    @Override
    public String bundleBaseName() {
        return "org.xueji.ui.dropout.visits";
    }
}
