package org.xueji.platform.security.internal.command;

import org.xueji.platform.shell.ShellActors;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.NewAccount;

@Service
@Command(scope = "xueji", name = "account-add",
        description = "新建个人账号：初始密码在提示符下输入两次（不回显，不接受命令行参数），首次登录须修改 (create an account)")
public class AccountAddCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "用户名：3–32 位小写字母、数字、. _ -")
    String username;

    @Option(name = "--name", required = true, description = "姓名")
    String displayName;

    @Option(name = "--role", required = true, description = "角色，例如 SCHOOL_REGISTRAR")
    @Completion(RoleCompleter.class)
    String role;

    @Option(name = "--school", description = "学校 ID（校级和班级角色必填）")
    Long schoolId;

    @Option(name = "--classes", description = "班级 ID，逗号分隔（班主任、教师必填）")
    String classes;

    @Option(name = "--phone", description = "联系电话")
    String phone;

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        var actor = ShellActors.of(session, accounts);
        Set<Long> classIds = new LinkedHashSet<>();
        if (classes != null && !classes.isBlank()) {
            Arrays.stream(classes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> classIds.add(Long.valueOf(s)));
        }
        char[] initial = ShellUser.password(session);
        Account a = accounts.createAccount(actor, new NewAccount(username, displayName, ShellUser.role(role),
                schoolId, classIds, phone, initial, false));
        System.out.println("已创建账号 " + a.username() + "（" + a.displayName() + "，" + a.role().label()
                + "），首次登录须修改密码。");
        return null;
    }
}
