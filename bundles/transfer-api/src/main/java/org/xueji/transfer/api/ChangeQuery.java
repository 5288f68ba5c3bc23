package org.xueji.transfer.api;

/**
 * Filters of the change list.
 *
 * @param pendingOnly only undecided requests
 * @param overdueOnly only requests whose open step is past its deadline (R17)
 * @param schoolId    requests from or to this school, {@code null} for all in scope
 * @param type        one type, {@code null} for all
 */
public record ChangeQuery(boolean pendingOnly, boolean overdueOnly, Long schoolId, ChangeType type) {

    public static final ChangeQuery ALL = new ChangeQuery(false, false, null, null);
}
