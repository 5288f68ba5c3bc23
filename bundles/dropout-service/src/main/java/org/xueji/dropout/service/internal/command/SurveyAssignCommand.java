package org.xueji.dropout.service.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.dropout.api.Household;
import org.xueji.dropout.api.NewHousehold;
import org.xueji.dropout.api.SurveyService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;

/** A school assigns a household of a campaign to one of its teachers. */
@Service
@Command(scope = "xueji", name = "survey-assign", description = "学校把排查户分配给本校教师 (R23)")
public class SurveyAssignCommand implements Action {

    @Argument(index = 0, name = "campaign", required = true, description = "排查活动编号")
    long campaign;

    @Argument(index = 1, name = "school", required = true, description = "学校代码")
    String school;

    @Argument(index = 2, name = "town", required = true, description = "乡镇")
    String town;

    @Argument(index = 3, name = "household", required = true, description = "户主或住址")
    String household;

    @Argument(index = 4, name = "teacher", required = true, description = "教师账号")
    String teacher;

    @Option(name = "--village", description = "村/社区")
    String village;

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
        Household h = surveys.assign(actor, new NewHousehold(campaign, Schools.idOf(schools, actor, school), town,
                village, household, teacher));
        System.out.println("已分配排查户 #" + h.id());
        return null;
    }
}
