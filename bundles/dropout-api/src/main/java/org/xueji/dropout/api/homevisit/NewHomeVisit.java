package org.xueji.dropout.api.homevisit;

import java.time.LocalDate;

/**
 * A contact to record.
 *
 * @param visitors who went or called (names of staff)
 * @param content  what was talked about
 * @param outcome  the result (agreed measures)
 */
public record NewHomeVisit(long studentId, ContactKind kind, LocalDate date, String visitors, String content,
                           String outcome) {
}
