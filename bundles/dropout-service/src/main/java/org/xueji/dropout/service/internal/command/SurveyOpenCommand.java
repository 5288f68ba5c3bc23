package org.xueji.dropout.service.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.dropout.api.Campaign;
import org.xueji.dropout.api.SurveyService;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/** The district opens a survey campaign for the current semester. */
@Service
@Command(scope = "xueji", name = "survey-open", description = "区级开启本学期拉网式排查活动 (R23)")
public class SurveyOpenCommand implements Action {

    @Argument(index = 0, name = "title", required = true, description = "活动名称")
    String title;

    @Reference
    SurveyService surveys;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Campaign c = surveys.open(ShellActors.of(session, accounts), title);
        System.out.println("已开启排查活动 #" + c.id());
        return null;
    }
}
