package org.xueji.platform.core.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.backup.BackupResult;
import org.xueji.platform.api.backup.DatabaseBackup;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

@Service
@Command(scope = "xueji", name = "backup",
        description = "在线备份数据库（系统照常运行）；恢复见 bin/xueji-restore (online database backup)")
public class BackupCommand implements Action {

    @Argument(index = 0, name = "DIR", description = "备份目录，默认 data/backup (backup folder)")
    String directory;

    @Reference
    DatabaseBackup backup;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        BackupResult r = backup.backup(ShellActors.of(session, accounts), directory);
        System.out.println("备份完成 (backup written): " + r.folder());
        System.out.printf("数据库 %s，%d 字节，用时 %d 毫秒%n", r.database(), r.bytes(), r.millis());
        System.out.println("恢复 (restore, Karaf stopped): bin/xueji-restore " + r.folder() + " [AUDIT_KEY_FILE]");
        // the key sealing the audit chain is deliberately not in the backup
        System.out.println("审计链密钥 etc/xueji-audit-anchor.key 不在备份中，请另行妥善保存 "
                + "(keep the audit key apart; a restore onto a new installation needs it)");
        return null;
    }
}
