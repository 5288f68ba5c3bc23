package org.xueji.transfer.service.internal.command;

import static org.xueji.transfer.service.internal.command.TransfersCommand.ZH;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.Evidence;
import org.xueji.transfer.api.TransferService;

/** One registry change with its evidence, in the logged-in account's scope. */
@Service
@Command(scope = "xueji", name = "transfer-show", description = "显示一项学籍异动及其佐证材料 (one registry change)")
public class TransferShowCommand implements Action {

    @Argument(index = 0, name = "id", description = "学籍异动编号", required = true)
    long id;

    @Reference
    TransferService transfers;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        ChangeRequest r = transfers.get(actor, id);
        System.out.println("编号        " + r.id() + (r.readOnly() ? "（只读）" : ""));
        System.out.println("类型        " + r.type().format(ZH));
        System.out.println("学生（ID）  " + r.studentId());
        System.out.println("转出/所在   #" + r.fromSchoolId() + (r.fromClassId() == null ? "" : " 班级 #" + r.fromClassId()));
        System.out.println("转入        " + (r.toSchoolId() == null ? "-" : "#" + r.toSchoolId())
                + (r.toClassId() == null ? "" : " 班级 #" + r.toClassId()));
        System.out.println("日期        " + r.effectiveDate());
        System.out.println("原因        " + r.reason());
        if (r.plannedReturn() != null) {
            System.out.println("预计复学    " + r.plannedReturn());
        }
        if (r.otherSide() != null) {
            System.out.println("转入地      " + r.otherSide() + "，回复：" + (r.replyAgreed() == null ? "未登记"
                    : r.replyAgreed() ? "同意" : "不同意") + (r.arrivedOn() == null ? "" : "，到达 " + r.arrivedOn()));
        }
        if (r.overrideReason() != null) {
            System.out.println("区局越权说明 " + r.overrideReason());
        }
        System.out.println("状态        " + r.status().format(ZH));
        if (r.currentStep() != null) {
            System.out.println("当前步骤    " + r.currentStep() + "，期限 " + r.deadline() + "，剩余工作日 "
                    + TransfersCommand.daysLeft(r) + "（流程编号 " + r.workflowRequestId() + "）");
        }
        System.out.println("提交        " + r.submittedBy() + " " + r.submittedAt());
        if (r.decidedAt() != null) {
            System.out.println("办结        " + r.decidedAt() + (r.decisionReason() == null ? "" : " " + r.decisionReason()));
        }
        for (Evidence e : transfers.evidenceOf(actor, id)) {
            System.out.println("佐证 #" + e.id() + "  " + e.category().format(ZH) + "  " + e.kind() + "  " + e.bytes()
                    + " 字节");
        }
        return null;
    }
}
