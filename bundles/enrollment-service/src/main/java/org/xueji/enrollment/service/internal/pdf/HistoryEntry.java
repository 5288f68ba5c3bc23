package org.xueji.enrollment.service.internal.pdf;

import java.time.Instant;

/**
 * One line of the change history on the 学籍登记表.
 *
 * @param time when it happened; blank when null
 * @param what what changed (变动内容), may be long and wraps
 * @param by   who did it (经办人)
 */
public record HistoryEntry(Instant time, String what, String by) {
}
