package org.xueji.dropout.service.internal.command;

import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.dropout.api.Campaign;
import org.xueji.dropout.api.CampaignProgress;
import org.xueji.dropout.api.SurveyService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;

/** Survey campaigns (拉网式排查) with their progress per school. */
@Service
@Command(scope = "xueji", name = "surveys", description = "拉网式排查活动及各校进度 (R23 survey campaigns)")
public class SurveysCommand implements Action {

    @Reference
    SurveyService surveys;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        Map<Long, String> names = Schools.names(schools, actor);
        ShellTable table = new ShellTable();
        table.column("活动").alignRight();
        table.column("名称");
        table.column("学期");
        table.column("状态");
        table.column("学校");
        table.column("分配户数").alignRight();
        table.column("已登记").alignRight();
        table.column("失学儿童").alignRight();
        for (Campaign c : surveys.campaigns(actor)) {
            String term = c.schoolYear() + "-" + (c.schoolYear() + 1) + (c.semester() == 1 ? " 第一学期" : " 第二学期");
            String state = c.closed() ? "已结束" : "进行中";
            var progress = surveys.progress(actor, c.id(), false);
            if (progress.isEmpty()) {
                table.addRow().addContent(c.id(), c.title(), term, state, "", 0, 0, 0);
            }
            for (CampaignProgress p : progress) {
                table.addRow().addContent(c.id(), c.title(), term, state,
                        Schools.name(names, Long.valueOf(p.key())), p.assigned(),
                        p.unrecorded() > 0 ? p.recorded() + " (!! 缺 " + p.unrecorded() + ")" : p.recorded(),
                        p.outOfSchool());
            }
        }
        table.print(System.out);
        return null;
    }
}
