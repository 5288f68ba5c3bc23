package org.xueji.enrollment.service.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.SemesterCompliance;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/** R18 in the shell: each school's checks this semester, fewer than two flagged. */
@Service
@Command(scope = "xueji", name = "verifications",
        description = "人籍一致核查：最近一次核查各校状态，本学期完成次数（少于2次标出，R18）")
public class VerificationStatusCommand implements Action {

    @Option(name = "--campaign", description = "核查编号；默认最近一次")
    Long campaignId;

    @Reference
    VerificationService verification;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        List<VerificationCampaign> campaigns = verification.campaigns(actor);
        if (campaigns.isEmpty()) {
            System.out.println("尚未发起人籍一致核查。");
            return null;
        }
        VerificationCampaign campaign = campaignId == null ? campaigns.get(0) : campaigns.stream()
                .filter(c -> c.id() == campaignId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有编号为 " + campaignId + " 的核查"));
        List<SemesterCompliance> compliance = verification.compliance(actor, campaign.schoolYear(),
                campaign.semester());
        ShellTable table = new ShellTable();
        table.column("学校");
        table.column("本次状态");
        table.column("问题").alignRight();
        table.column("未处理").alignRight();
        table.column("初三无学籍").alignRight();
        table.column("本学期完成").alignRight();
        for (SchoolVerification v : verification.schools(actor, campaign.id())) {
            SemesterCompliance c = compliance.stream().filter(x -> x.schoolId() == v.schoolId()).findFirst()
                    .orElse(null);
            int closed = c == null ? 0 : c.closedChecks();
            table.addRow().addContent(v.schoolName(), v.status().label(), v.discrepancies(), v.unresolved(),
                    v.grade9WithoutRecord() > 0 ? "!! " + v.grade9WithoutRecord() : "0",
                    closed < SemesterCompliance.REQUIRED ? "!! " + closed + " 次（不足2次）" : closed + " 次");
        }
        System.out.println("#" + campaign.id() + " " + campaign.title() + "（" + campaign.schoolYear() + " 学年第 "
                + campaign.semester() + " 学期，截止 " + campaign.dueDate() + "）");
        table.print(System.out);
        return null;
    }
}
