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
@Command(scope = "xueji", name = "account-unlock", description = "解除登录失败锁定 (unlock an account)")
public class AccountUnlockCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "用户名")
    String username;

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Override
    public Object execute() {
        accounts.unlock(ShellActors.of(session, accounts), username);
        System.out.println("已解除 " + username + " 的锁定。");
        return null;
    }
}
