package org.xueji.platform.api.backup;

import org.xueji.platform.api.MessageKey;

/** Why a backup was refused. */
public enum BackupMessages implements MessageKey {
    /** The database is PostgreSQL: back it up with pg_dump (README). */
    POSTGRESQL_USE_PG_DUMP,
    /** Only the embedded Derby database is backed up by the system itself. */
    DATABASE_NOT_SUPPORTED,
    /** The target folder cannot be created or written: {0}. */
    TARGET_NOT_WRITABLE,
    /** The database refused the backup: {0}. */
    BACKUP_FAILED;

    @Override
    public String key() {
        return name();
    }
}
