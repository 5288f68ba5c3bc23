package org.xueji.transfer.service.internal.command;

import static org.xueji.transfer.service.internal.command.TransfersCommand.ZH;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.shell.ShellActors;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.TransferService;

/** Decides the open step of a registry change as the logged-in account (the workflow checks the scope). */
@Service
@Command(scope = "xueji", name = "transfer-decide",
        description = "审批学籍异动的当前步骤：approve（同意）或 reject（驳回，须 --reason） (R3/R17)")
public class TransferDecideCommand implements Action {

    @Argument(index = 0, name = "id", description = "学籍异动编号", required = true)
    long id;

    @Argument(index = 1, name = "decision", description = "approve 或 reject", required = true)
    String decision;

    @Option(name = "--reason", description = "理由（驳回必填）")
    String reason;

    @Reference
    TransferService transfers;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Decision d = switch (decision.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "approve", "同意", "批准" -> Decision.APPROVE;
            case "reject", "驳回" -> Decision.REJECT;
            default -> null;
        };
        if (d == null) {
            System.err.println("决定须为 approve 或 reject");
            return null;
        }
        ChangeRequest r = transfers.decide(ShellActors.of(session, accounts), id, d, reason);
        System.out.println("学籍异动 #" + r.id() + "：" + r.status().format(ZH)
                + (r.currentStep() == null ? "" : "（下一步：" + r.currentStep() + "，剩余工作日 "
                + TransfersCommand.daysLeft(r) + "）"));
        return null;
    }
}
