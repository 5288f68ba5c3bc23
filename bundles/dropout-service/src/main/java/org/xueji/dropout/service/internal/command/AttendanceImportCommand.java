package org.xueji.dropout.service.internal.command;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.dropout.api.AttendanceResult;
import org.xueji.dropout.api.DropoutService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;

/** A class's monthly attendance sheet from a file (item 2 feed and item 7 figures). */
@Service
@Command(scope = "xueji", name = "attendance-import",
        description = "导入班级月考勤表（身份证号、姓名、1…31 日；旷课连续达到阈值的学生列入疑似辍学） (import a class's attendance)")
public class AttendanceImportCommand implements Action {

    @Option(name = "--school", required = true, description = "学校代码")
    String school;

    @Option(name = "--grade", required = true, description = "年级（1–9）")
    int grade;

    @Option(name = "--class", required = true, description = "班号")
    int number;

    @Argument(index = 0, name = "month", required = true, description = "月份，如 2025-09")
    String month;

    @Argument(index = 1, name = "file", required = true, description = "考勤表文件（xlsx、xls 或 csv）")
    String file;

    @Reference
    DropoutService dropouts;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() throws Exception {
        Actor actor = ShellActors.of(session, accounts);
        SchoolClass c = ClassArgs.find(schools, actor, school, grade, number);
        Path path = Path.of(file);
        try (InputStream in = Files.newInputStream(path)) {
            AttendanceResult r = dropouts.importAttendance(actor, c.id(), YearMonth.parse(month.strip()),
                    path.getFileName().toString(), in);
            System.out.println("已导入 " + r.rows() + " 名学生；连续旷课达到 " + r.threshold() + " 天：" + r.flagged().size()
                    + " 名，新列入疑似辍学 " + r.opened() + " 名");
        } catch (ValidationException e) {
            printErrors(e);
        }
        return null;
    }

    static void printErrors(ValidationException e) {
        System.out.println("未导入，文件中的问题：");
        for (FieldError f : e.errors()) {
            System.out.println("  " + f.message(Locale.SIMPLIFIED_CHINESE));
        }
    }
}
