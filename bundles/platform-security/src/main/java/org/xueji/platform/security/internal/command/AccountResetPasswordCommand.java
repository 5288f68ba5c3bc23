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
@Command(scope = "xueji", name = "account-reset-password",
        description = "重置密码，账号持有人下次登录须修改 (reset a password)")
public class AccountResetPasswordCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "用户名")
    String username;

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        var actor = ShellActors.of(session, accounts);
        accounts.resetPassword(actor, username, ShellUser.password(session));
        System.out.println("已重置 " + username + " 的密码，下次登录须修改；其当前会话已结束。");
        return null;
    }
}
