package org.xueji.platform.core.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.backup.DatabaseBackup;
import org.xueji.platform.api.backup.TableRows;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

@Service
@Command(scope = "xueji", name = "db-tables",
        description = "数据库各表及行数，用于核对备份与恢复 (tables and row counts)")
public class DatabaseTablesCommand implements Action {

    @Reference
    DatabaseBackup backup;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("表 (table)");
        table.column("行数 (rows)").alignRight();
        for (TableRows t : backup.tables(ShellActors.of(session, accounts))) {
            table.addRow().addContent(t.table(), t.rows());
        }
        table.print(System.out);
        return null;
    }
}
