package org.xueji.platform.api.backup;

/** A table of the shared database and its number of rows. */
public record TableRows(String table, long rows) {
}
