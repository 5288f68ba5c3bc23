package org.xueji.registry.service.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.registry.api.SchoolService;

@Service
@Command(scope = "xueji", name = "students", description = "查找学生 (find students)")
public class StudentsCommand implements Action {

    @Option(name = "--name", description = "姓名或姓名开头")
    String name;

    @Option(name = "--id-number", description = "身份证号")
    String idNumber;

    @Option(name = "--registry-number", description = "学籍号")
    String registryNumber;

    @Option(name = "--school", description = "学校代码")
    @Completion(SchoolCodeCompleter.class)
    String schoolCode;

    @Option(name = "--grade", description = "年级 1–12")
    Integer grade;

    @Option(name = "--active", description = "只看在读（默认全部，撤销/转出/休学/死亡标出）")
    boolean activeOnly;

    @Option(name = "--limit", description = "最多显示行数（默认 20）")
    int limit = 20;

    @Reference
    StudentService students;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        if (idNumber != null) {
            // a typo in an ID number gets the reason, not just an empty result (D1)
            ChineseIdNumber.parse(idNumber);
        }
        StudentQuery query = StudentQuery.all().withName(name).withIdNumber(idNumber)
                .withRegistryNumber(registryNumber).withSchool(SchoolLookup.idOf(schools, actor, schoolCode))
                .withGrade(grade).withActiveOnly(activeOnly);
        long total = students.count(actor, query);
        List<StudentSummary> rows = students.search(actor, query, 0, Math.max(1, Math.min(limit, 1000)));
        ShellTable table = new ShellTable();
        table.column("学籍号");
        table.column("姓名");
        table.column("性别");
        table.column("出生日期");
        table.column("学校");
        table.column("班级");
        table.column("状态");
        for (StudentSummary s : rows) {
            table.addRow().addContent(s.registryNumber(), s.name(), s.sex().label(), s.birthDate(), s.schoolName(),
                    s.className(), s.active() ? "在读" : s.status().format(java.util.Locale.SIMPLIFIED_CHINESE));
        }
        table.print(System.out);
        System.out.println("共 " + total + " 人" + (total > rows.size() ? "，显示前 " + rows.size() + " 人" : ""));
        return null;
    }
}
