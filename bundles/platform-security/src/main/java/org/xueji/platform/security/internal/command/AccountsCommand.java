package org.xueji.platform.security.internal.command;

import org.xueji.platform.shell.ShellActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;

@Service
@Command(scope = "xueji", name = "accounts", description = "列出账号 (list accounts)")
public class AccountsCommand implements Action {

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("用户名");
        table.column("姓名");
        table.column("角色");
        table.column("学校").alignRight();
        table.column("启用");
        table.column("锁定至");
        table.column("须改密");
        table.column("最近登录");
        table.emptyTableText("（无账号）");
        for (Account a : accounts.listAccounts(ShellActors.of(session, accounts))) {
            table.addRow().addContent(a.username(), a.displayName(), a.role().label(),
                    a.schoolId() == null ? "" : a.schoolId(), a.enabled() ? "是" : "否",
                    ShellUser.time(a.lockedUntil()), a.mustChangePassword() ? "是" : "",
                    ShellUser.time(a.lastLoginAt()));
        }
        table.print(System.out);
        return null;
    }
}
