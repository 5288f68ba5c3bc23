package org.xueji.platform.api.backup;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * The shared database's backup, for system administrators ({@code ADMINISTER_SYSTEM}). Restoring
 * is offline (Karaf stopped): {@code bin/xueji-restore FOLDER} (README, "Backup and restore").
 */
public interface DatabaseBackup {

    /**
     * Copies the running database into a new folder {@code xueji-<yyyyMMdd-HHmmss>} under
     * {@code targetDirectory} (null or blank: {@code <karaf.data>/backup}). Work goes on meanwhile;
     * the copy is the database as of one moment (Derby's online backup: transactions committed
     * before that moment are in it, later ones are not). On PostgreSQL refused with
     * {@link BackupMessages#POSTGRESQL_USE_PG_DUMP}: {@code pg_dump} is the way there.
     */
    BackupResult backup(Actor actor, String targetDirectory);

    /** Every application table of the shared database with its row count, by name. */
    List<TableRows> tables(Actor actor);
}
