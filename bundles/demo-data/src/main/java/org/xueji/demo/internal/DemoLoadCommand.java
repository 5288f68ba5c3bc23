package org.xueji.demo.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xueji.demo.DemoDataLoader;
import org.xueji.demo.DemoDistrictGenerator;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.StudentService;

/**
 * {@code xueji:demo-load [--students N] [--seed S] [--school-year Y]}: loads a demo district
 * of the given size, also next to existing data (new school codes, non-colliding ID
 * numbers), e.g. {@code xueji:demo-load --students 1000000} for benchmarks.
 */
@Service
@Command(scope = "xueji", name = "demo-load",
        description = "加载演示学区数据（学校、班级、学生），已有数据时追加一个新的演示学区")
public class DemoLoadCommand implements Action {

    @Reference
    SchoolService schoolService;

    @Reference
    StudentService studentService;

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Option(name = "--students", aliases = "-n", description = "学生人数（默认 10000）")
    int students = DemoDistrictGenerator.DEFAULT_STUDENTS;

    @Option(name = "--seed", aliases = "-s", description = "随机种子，不同的种子生成不同的姓名等数据（默认 20260901）")
    long seed = DemoDistrictGenerator.DEFAULT_SEED;

    @Option(name = "--school-year", aliases = "-y", description = "学年起始年份（默认当前学年）")
    int schoolYearStart = currentSchoolYear();

    @Override
    public Object execute() throws Exception {
        PrintStream out = System.out;
        if (students <= 0) {
            out.println("学生人数必须大于 0");
            return null;
        }
        // the load is made by the logged-in person (audited under their name, R7), and only by
        // a system administrator: it writes a whole district (R1)
        Actor actor = ShellActors.of(session, accounts);
        actor.require(Permission.ADMINISTER_SYSTEM);
        DemoDataLoader loader = new DemoDataLoader(schoolService, studentService);
        DemoDataLoader.Request request = new DemoDataLoader.Request(seed, schoolYearStart, students, true);
        try {
            DemoDataLoader.Summary summary = loader.load(actor, request, line -> {
                out.println(line);
                out.flush();
            }, () -> Thread.currentThread().isInterrupted());
            out.println("完成：" + summary.describe());
        } catch (IllegalStateException | IllegalArgumentException e) {
            out.println("无法加载演示数据：" + e.getMessage());
        }
        return null;
    }

    static int currentSchoolYear() {
        LocalDate today = LocalDate.now();
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }
}
