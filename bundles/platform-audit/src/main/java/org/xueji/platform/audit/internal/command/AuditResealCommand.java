package org.xueji.platform.audit.internal.command;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.audit.ChainVerification;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

@Service
@Command(scope = "xueji", name = "audit-reseal",
        description = "调查完毕后重新签名审计链头，并记入调查文号 (reseal the audit chain's head after the "
                + "investigation of a reported rewrite, R7)")
public class AuditResealCommand implements Action {

    @Argument(index = 0, name = "caseReference", required = true,
            description = "调查文号，如 岳教审〔2026〕3号 (the investigation's document number)")
    String caseReference;

    @Reference
    AuditService audit;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        ChainVerification after = audit.resealHead(ShellActors.of(session, accounts), caseReference);
        System.out.println("审计链头已重新签名并记入审计（audit.resealed）；校验：" + (after.intact()
                ? "完整，共 " + after.rowsChecked() + " 条" : "仍有问题：" + after.reasonText(Locale.SIMPLIFIED_CHINESE)));
        return null;
    }
}
