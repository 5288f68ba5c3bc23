package org.xueji.platform.core.internal.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.backup.BackupResult;
import org.xueji.platform.api.backup.DatabaseBackup;
import org.xueji.platform.api.backup.TableRows;

/** {@link DatabaseBackup} on the shared DataSource; system administrators only, every backup audited. */
@Component(service = DatabaseBackup.class)
public class DatabaseBackupImpl implements DatabaseBackup {

    /** Where backups go when no folder is named: beside the database, under Karaf's data folder. */
    static Path defaultDirectory() {
        return Path.of(System.getProperty("karaf.data", "data"), "backup");
    }

    private final OnlineBackup backup;
    private final AuditService audit;

    @org.osgi.service.component.annotations.Activate
    public DatabaseBackupImpl(@Reference(target = "(osgi.jndi.service.name=xueji)") DataSource dataSource,
                              @Reference AuditService audit) {
        this.backup = new OnlineBackup(dataSource, Clock.systemUTC());
        this.audit = audit;
    }

    @Override
    public BackupResult backup(Actor actor, String targetDirectory) {
        actor.require(Permission.ADMINISTER_SYSTEM);
        Path target = targetDirectory == null || targetDirectory.isBlank() ? defaultDirectory()
                : Path.of(targetDirectory.strip());
        BackupResult result = backup.backup(target);
        // the folder's name and the figures only; the path may name a person's home folder
        audit.record(AuditEvent.of(actor, "system.backup", "database", result.folder().getFileName(), null)
                .withChanges(Map.of("bytes", result.bytes(), "millis", result.millis())));
        return result;
    }

    @Override
    public List<TableRows> tables(Actor actor) {
        actor.require(Permission.ADMINISTER_SYSTEM);
        return backup.tables();
    }
}
