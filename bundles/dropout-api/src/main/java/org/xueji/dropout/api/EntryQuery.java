package org.xueji.dropout.api;

/**
 * A ledger view: statuses (null: every open entry), school, town and village filters (null: all in scope).
 */
public record EntryQuery(EntryStatus status, Long schoolId, String town, String village) {

    public static EntryQuery open() {
        return new EntryQuery(null, null, null, null);
    }

    public static EntryQuery of(EntryStatus status) {
        return new EntryQuery(status, null, null, null);
    }
}
