package org.xueji.platform.security.internal.command;

import org.xueji.platform.shell.ShellActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.security.AccountService;

@Service
@Command(scope = "xueji", name = "account-disable", description = "停用账号并结束其会话 (disable an account)")
public class AccountDisableCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "用户名")
    String username;

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Override
    public Object execute() {
        accounts.setEnabled(ShellActors.of(session, accounts), username, false);
        System.out.println("已停用账号 " + username + "。");
        return null;
    }
}
