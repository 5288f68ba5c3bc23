package org.xueji.platform.workflow.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.shell.ShellActors;

@Service
@Command(scope = "xueji", name = "decide", description = "审批待办事项：批准或驳回当前步骤 (decide the open step, R3/R17)")
public class DecideCommand implements Action {

    @Argument(index = 0, name = "id", description = "申请编号", required = true)
    long id;

    @Argument(index = 1, name = "decision", description = "approve（批准）或 reject（驳回）", required = true)
    String decision;

    @Option(name = "--reason", description = "理由（驳回必填）")
    String reason;

    @Reference
    WorkflowService workflow;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Decision d = switch (decision.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "approve", "批准" -> Decision.APPROVE;
            case "reject", "驳回" -> Decision.REJECT;
            default -> null;
        };
        if (d == null) {
            System.err.println("决定须为 approve 或 reject");
            return null;
        }
        WorkflowRequest r = workflow.decide(ShellActors.of(session, accounts), id, d, reason);
        System.out.println("申请 #" + r.id() + (d == Decision.APPROVE ? " 已批准当前步骤" : " 已驳回")
                + "，申请状态：" + switch (r.status()) {
                    case PENDING -> "审批中（下一步：" + r.currentStep().map(s -> s.name()).orElse("") + "）";
                    case APPROVED -> "已批准";
                    case REJECTED -> "已驳回";
                });
        return null;
    }
}
