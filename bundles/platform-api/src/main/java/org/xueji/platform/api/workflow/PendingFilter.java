package org.xueji.platform.api.workflow;

import java.util.Set;

/**
 * Narrows the inbox.
 *
 * @param overdueOnly only steps past their deadline
 * @param schoolId    only steps of requests concerning this school, {@code null} for all
 * @param types       only requests of these types (request type ids), empty for all (since 1.2)
 */
public record PendingFilter(boolean overdueOnly, Long schoolId, Set<String> types) {

    public static final PendingFilter ALL = new PendingFilter(false, null);

    public PendingFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public PendingFilter(boolean overdueOnly, Long schoolId) {
        this(overdueOnly, schoolId, Set.of());
    }

    /** The same filter for requests of these types only. */
    public PendingFilter withTypes(Set<String> onlyTypes) {
        return new PendingFilter(overdueOnly, schoolId, onlyTypes);
    }

    /** The same filter for overdue steps only. */
    public PendingFilter overdue() {
        return new PendingFilter(true, schoolId, types);
    }
}
