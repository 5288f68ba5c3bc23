package org.xueji.specialneeds.service.internal.command;

import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.ComplianceEngine;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.specialneeds.api.Visit;

/** One child's visit log and standing. */
@Service
@Command(scope = "xueji", name = "home-visits", description = "一名送教上门儿童的送教记录与达标情况 (R26 visit log)")
public class HomeVisitsCommand implements Action {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Argument(index = 0, name = "CHILD_ID", required = true, description = "特殊儿童编号（xueji:home-teaching 第一列）")
    long childId;

    @Reference
    SpecialNeedsService service;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        ChildStatus status = service.status(actor, childId);
        List<Visit> visits = service.visits(actor, childId);
        ShellTable table = new ShellTable();
        table.column("日期");
        table.column("时间");
        table.column("课时").alignRight();
        table.column("方式");
        table.column("教师");
        table.column("监护人确认");
        table.column("照片").alignRight();
        table.column("计入");
        table.column("内容").maxSize(40);
        for (Visit v : visits) {
            table.addRow().addContent(v.date(), v.start() + "–" + v.end(), v.periods(), v.remote() ? "远程" : "上门",
                    String.join(",", v.teachers()), v.confirmedBySignature() ? "签名" : "确认码", v.photoIds().size(),
                    ComplianceEngine.counts(v.fact(), service.rule()) ? "是" : "否", v.content());
        }
        table.print(System.out);
        System.out.println("状态：" + status.status().format(ZH) + (status.compliance() == null ? ""
                : "（" + status.compliance().semester().label() + "，计入 " + status.compliance().counted() + " 次）"
                + (status.compliance().findings().isEmpty() ? ""
                : " " + HomeTeachingCommand.findings(status.compliance().findings()))));
        return null;
    }
}
