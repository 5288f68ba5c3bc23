package org.xueji.dropout.service.internal.command;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.dropout.api.risk.GradesResult;
import org.xueji.dropout.api.risk.RiskService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;

/** A class's term grades from a file (early warning, issue 10 item 7). */
@Service
@Command(scope = "xueji", name = "grades-import",
        description = "导入班级学期成绩（身份证号、姓名、各主科成绩），用于辍学预警 (import a class's term grades)")
public class GradesImportCommand implements Action {

    @Option(name = "--school", required = true, description = "学校代码")
    String school;

    @Option(name = "--grade", required = true, description = "年级（1–9）")
    int grade;

    @Option(name = "--class", required = true, description = "班号")
    int number;

    @Argument(index = 0, name = "schoolYear", required = true, description = "学年（起始年份，如 2025）")
    int schoolYear;

    @Argument(index = 1, name = "term", required = true, description = "学期：1 或 2")
    int term;

    @Argument(index = 2, name = "file", required = true, description = "成绩表文件（xlsx、xls 或 csv）")
    String file;

    @Reference
    RiskService risk;

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
            GradesResult r = risk.importGrades(actor, c.id(), schoolYear, term, path.getFileName().toString(), in);
            System.out.println("已导入 " + r.rows() + " 名学生的成绩；主科不及格达到预警标准：" + r.failing() + " 名");
        } catch (ValidationException e) {
            AttendanceImportCommand.printErrors(e);
        }
        return null;
    }
}
