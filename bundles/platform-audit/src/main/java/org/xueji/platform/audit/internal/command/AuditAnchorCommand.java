package org.xueji.platform.audit.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.audit.ChainAnchor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

@Service
@Command(scope = "xueji", name = "audit-anchor",
        description = "立即把审计链头签名导出到数据库之外（锚点文件），供 audit-verify 核对 (anchor the audit chain's head now, R7)")
public class AuditAnchorCommand implements Action {

    @Reference
    AuditService audit;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        ChainAnchor a = audit.anchor(ShellActors.of(session, accounts));
        System.out.println("审计链已锚定到第 " + a.lastId() + " 行：" + a.fileName());
        return null;
    }
}
