package org.xueji.enrollment.service.internal.command;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.enrollment.api.RegistrationDeadline;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

@Service
@Command(scope = "xueji", name = "deadline-set",
        description = "设置某学年新生注册截止日期（一年级默认 9月30日，七年级默认 10月31日；R19）")
public class DeadlineSetCommand implements Action {

    @Argument(index = 0, name = "schoolYear", required = true, description = "学年起始年份，如 2026")
    int schoolYear;

    @Argument(index = 1, name = "grade", required = true, description = "1 或 7")
    int grade;

    @Argument(index = 2, name = "dueDate", required = true, description = "截止日期 yyyy-MM-dd")
    String dueDate;

    @Reference
    RegistrationService registration;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        RegistrationDeadline saved = registration.saveDeadline(actor,
                new RegistrationDeadline(schoolYear, grade, LocalDate.parse(dueDate)));
        System.out.println("已设置：" + saved.schoolYear() + " 学年 " + saved.gradeLevel() + " 年级新生注册截止 "
                + saved.dueDate());
        return null;
    }
}
