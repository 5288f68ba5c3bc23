package org.xueji.dropout.api;

import java.util.Map;

/**
 * Counts of the ledgers in the actor's scope.
 *
 * @param byStatus open entries per status (SUSPECTED, DROPOUT, CLOSING) and CLOSED
 * @param bySchool open entries per school id (entries without school under {@code null})
 * @param byTown   open entries per town (null town under "")
 * @param byMonth  entries found per month ({@code yyyy-MM}) over the last twelve months: the trend
 * @param ageChildren school-age children recorded in surveys in scope (children with and without a record)
 */
public record LedgerCounts(Map<EntryStatus, Long> byStatus, Map<Long, Long> bySchool, Map<String, Long> byTown,
                           Map<String, Long> byMonth, long ageChildren) {
}
