package org.xueji.registry.service.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.RolloverService;
import org.xueji.registry.api.StudentStanding;

/** Issue 15: mark a student as repeating the grade of a school year (留级), or take the mark back. */
@Service
@Command(scope = "xueji", name = "repeat",
        description = "标记学生留级（该学年升级时留在原年级）；--undo 撤销 (mark a student as repeating)")
public class RepeatCommand implements Action {

    @Argument(index = 0, name = "studentId", description = "学生编号（见 xueji:students）", required = true)
    long studentId;

    @Argument(index = 1, name = "schoolYear", description = "学年，如 2025 表示 2025—2026 学年", required = true)
    int schoolYear;

    @Option(name = "--undo", description = "撤销留级标记")
    boolean undo;

    @Reference
    RolloverService rollover;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        StudentStanding s = rollover.markRepeating(actor, studentId, schoolYear, !undo);
        System.out.println("学生 " + s.studentId() + (s.repeatYear() == null ? "：无留级标记" : "：" + s.repeatYear()
                + "—" + (s.repeatYear() + 1) + " 学年留级"));
        return null;
    }
}
