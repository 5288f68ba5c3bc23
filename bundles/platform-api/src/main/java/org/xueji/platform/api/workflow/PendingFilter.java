package org.xueji.platform.api.workflow;

/**
 * Narrows the inbox.
 *
 * @param overdueOnly only steps past their deadline
 * @param schoolId    only steps of requests concerning this school, {@code null} for all
 */
public record PendingFilter(boolean overdueOnly, Long schoolId) {

    public static final PendingFilter ALL = new PendingFilter(false, null);
}
