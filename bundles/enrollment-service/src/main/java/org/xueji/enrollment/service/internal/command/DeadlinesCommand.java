package org.xueji.enrollment.service.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.Grades;

/** The district dashboard's deadline table (R19) in the shell (D5). */
@Service
@Command(scope = "xueji", name = "deadlines",
        description = "新生注册进度：各校计划与已注册人数、截止日期、剩余天数，逾期标出 (R19 registration progress)")
public class DeadlinesCommand implements Action {

    @Argument(index = 0, name = "schoolYear", description = "学年起始年份，如 2026；默认本学年")
    Integer schoolYear;

    @Option(name = "--overdue", description = "只列出逾期学校")
    boolean overdueOnly;

    @Reference
    RegistrationService registration;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        int year = schoolYear == null ? registration.currentSchoolYear() : schoolYear;
        ShellTable table = new ShellTable();
        table.column("学校");
        table.column("年级");
        table.column("计划").alignRight();
        table.column("已注册").alignRight();
        table.column("完成率").alignRight();
        table.column("逾期注册").alignRight();
        table.column("截止日期");
        table.column("剩余天数").alignRight();
        table.column("状态");
        int overdue = 0;
        for (DeadlineProgress p : registration.progress(actor, year)) {
            boolean late = p.status() == DeadlineProgress.Status.OVERDUE;
            if (late) {
                overdue++;
            } else if (overdueOnly) {
                continue;
            }
            table.addRow().addContent(p.schoolName(), Grades.name(p.gradeLevel()), p.planned(), p.registered(),
                    p.percent() + "%", p.late(), p.dueDate(), p.daysLeft(),
                    late ? "!! " + p.status().label() : p.status().label());
        }
        System.out.println(year + "—" + (year + 1) + "学年 新生注册进度");
        table.print(System.out);
        System.out.println("逾期学校（按年级计）：" + overdue);
        return null;
    }
}
