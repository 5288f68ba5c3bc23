package org.xueji.platform.workflow.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.shell.ShellActors;

@Service
@Command(scope = "xueji", name = "workflow-lapses", description = "立即检查超期未审批的步骤 (run the R17 lapse check now)")
public class LapseCheckCommand implements Action {

    @Reference
    WorkflowService workflow;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        List<LapsedStep> lapsed = workflow.checkLapses(ShellActors.of(session, accounts));
        for (LapsedStep l : lapsed) {
            System.out.println("申请 #" + l.requestId() + "（" + l.requestType() + "）步骤 " + l.stepName() + " 已超期，截止日期 "
                    + l.deadline() + "，责任方：" + (l.responsibleSchoolId() == null ? "区教育局" : "学校 " + l.responsibleSchoolId()));
        }
        System.out.println("新超期 " + lapsed.size() + " 项");
        return null;
    }
}
