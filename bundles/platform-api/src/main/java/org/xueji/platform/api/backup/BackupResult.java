package org.xueji.platform.api.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A finished backup.
 *
 * @param folder    the new folder holding the copy (restore it with {@code bin/xueji-restore folder})
 * @param database  the database product, e.g. {@code Apache Derby}
 * @param finishedAt when the copy was complete
 * @param millis    how long the copy took
 * @param bytes     size of the copy on disk
 */
public record BackupResult(Path folder, String database, Instant finishedAt, long millis, long bytes) {
}
