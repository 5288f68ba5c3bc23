package org.xueji.enrollment.service.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.enrollment.api.AutumnRegistrationProgress;
import org.xueji.enrollment.api.AutumnRegistrationService;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolYearService;

/** The district's progress of the autumn registration of current students (issue 15), like xueji:deadlines. */
@Service
@Command(scope = "xueji", name = "autumn-registration",
        description = "在校生学籍注册进度：各校已确认在校的班级和学生、截止日期，逾期标出 (autumn registration progress)")
public class AutumnRegistrationCommand implements Action {

    @Argument(index = 0, name = "schoolYear", description = "学年起始年份，如 2026；默认本学年")
    Integer schoolYear;

    @Option(name = "--open", description = "开启该学年的在校生学籍注册（区教育局）")
    boolean open;

    @Reference
    AutumnRegistrationService registration;

    @Reference
    SchoolYearService schoolYears;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        int year = schoolYear == null ? schoolYears.current().startYear() : schoolYear;
        if (open) {
            System.out.println("已开启：" + registration.open(actor, year).title());
        }
        ShellTable table = new ShellTable();
        table.column("学校");
        table.column("班级").alignRight();
        table.column("已确认班级").alignRight();
        table.column("学生").alignRight();
        table.column("已确认").alignRight();
        table.column("未确认").alignRight();
        table.column("截止日期");
        table.column("剩余天数").alignRight();
        table.column("状态");
        for (AutumnRegistrationProgress p : registration.progress(actor, year)) {
            boolean late = p.status() == DeadlineProgress.Status.OVERDUE;
            table.addRow().addContent(p.schoolName(), p.classes(), p.confirmedClasses(), p.students(), p.confirmed(),
                    p.unconfirmed(), p.dueDate(), p.daysLeft(), late ? "!! " + p.status().label() : p.status().label());
        }
        System.out.println(year + "—" + (year + 1) + "学年 在校生学籍注册"
                + (registration.campaign(actor, year).isPresent() ? "" : "（尚未开启）"));
        table.print(System.out);
        return null;
    }
}
