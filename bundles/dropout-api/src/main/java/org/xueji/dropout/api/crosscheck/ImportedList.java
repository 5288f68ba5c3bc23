package org.xueji.dropout.api.crosscheck;

import java.time.Instant;

/** A list in use: a newer list of the same kind (and town, for the household register) replaces it. */
public record ImportedList(long id, ListKind kind, String town, int rows, Instant importedAt, String importedBy) {
}
