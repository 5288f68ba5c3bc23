package org.xueji.registry.service.internal.command;

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
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.SchoolService;

@Service
@Command(scope = "xueji", name = "class-sizes",
        description = "各班人数，超过班额上限（默认 55，R14）的标出 (class sizes, over-cap marked)")
public class ClassSizesCommand implements Action {

    @Option(name = "--school", description = "学校代码")
    @Completion(SchoolCodeCompleter.class)
    String schoolCode;

    @Option(name = "--grade", description = "年级 1–12")
    Integer grade;

    @Option(name = "--over", description = "只列出超员班级")
    boolean overOnly;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        Long schoolId = SchoolLookup.idOf(schools, actor, schoolCode);
        ShellTable table = new ShellTable();
        table.column("学校");
        table.column("编号").alignRight();
        table.column("班级");
        table.column("人数").alignRight();
        table.column("额定").alignRight();
        table.column("班主任");
        table.column("状态");
        int over = 0;
        for (ClassSize c : schools.classSizes(actor, schoolId, grade)) {
            if (c.overCap()) {
                over++;
            } else if (overOnly) {
                continue;
            }
            table.addRow().addContent(c.schoolName(), c.schoolClass().id(), c.schoolClass().name(), c.students(),
                    c.schoolClass().capacity(), c.schoolClass().headTeacher(),
                    c.overCap() ? "!! 大班额（>" + c.classCap() + "）" : c.overCapacity() ? "超额定" : "");
        }
        table.print(System.out);
        System.out.println("超过 " + schools.classCap() + " 人的班级：" + over);
        return null;
    }
}
