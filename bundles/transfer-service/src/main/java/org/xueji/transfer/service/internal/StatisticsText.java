package org.xueji.transfer.service.internal;

import org.xueji.platform.api.MessageKey;

/** The words of the statistics export (messages.properties Chinese, messages_en.properties English, beside). */
enum StatisticsText implements MessageKey {
    /** {0} the year. */
    TITLE, SHEET_MONTHS, SHEET_CHANGES, COL_SCHOOL, COL_MONTH, COL_IN, COL_OUT,
    /** {0} decided, {1} median, {2} p90, {3} overdue now. */
    SUMMARY, NONE,
    COL_CHANGE, COL_TYPE, COL_STUDENT, COL_FROM, COL_TO, COL_SUBMITTED, COL_DECIDED, COL_STATUS,
    /** {0} the release's watermark. */
    RELEASE, AGGREGATE_ONLY;

    @Override
    public String key() {
        return "stats." + name();
    }
}
