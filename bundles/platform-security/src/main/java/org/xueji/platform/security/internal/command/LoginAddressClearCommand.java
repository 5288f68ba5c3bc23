package org.xueji.platform.security.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/** Ends a client address's login wait on every node (R2, issue 16; district administrators). */
@Service
@Command(scope = "xueji", name = "login-address-clear",
        description = "解除某个客户端地址的登录等待（连续登录失败后的等待），所有节点生效 (end an address's login wait)")
public class LoginAddressClearCommand implements Action {

    @Argument(index = 0, name = "address", required = true, description = "IP 地址，如审计记录所示")
    String address;

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Override
    public Object execute() {
        boolean cleared = accounts.clearAddressWait(ShellActors.of(session, accounts), address);
        System.out.println(cleared ? "已解除地址 " + address.strip() + " 的登录等待。"
                : "地址 " + address.strip() + " 没有计入的登录失败，无需解除。");
        return null;
    }
}
