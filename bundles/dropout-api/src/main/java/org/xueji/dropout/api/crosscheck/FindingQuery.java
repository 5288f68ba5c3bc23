package org.xueji.dropout.api.crosscheck;

/** Filters of the findings list; {@code runId} null: the latest run. Every filter may be null. */
public record FindingQuery(Long runId, CheckKind kind, FindingStatus status, Long schoolId, String town) {

    public static FindingQuery latestOpen() {
        return new FindingQuery(null, null, FindingStatus.OPEN, null, null);
    }
}
