package org.xueji.platform.audit.internal.command;

import java.util.Locale;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.audit.ChainVerification;

@Service
@Command(scope = "xueji", name = "audit-verify",
        description = "校验审计链，指出第一条被修改、删除或插入的记录 (verify the audit hash chain, R7)")
public class AuditVerifyCommand implements Action {

    @Reference
    AuditService audit;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() throws Exception {
        ChainVerification result = audit.verify(ShellActors.of(session, accounts));
        if (result.intact()) {
            System.out.println("审计链完整，共 " + result.rowsChecked() + " 条");
            return null;
        }
        System.out.println("审计链已被破坏：第 " + result.firstBrokenId() + " 行");
        System.out.println("原因：" + result.reasonText(Locale.SIMPLIFIED_CHINESE));
        throw new CommandException("审计链校验失败：" + result.reasonText(Locale.SIMPLIFIED_CHINESE));
    }
}
