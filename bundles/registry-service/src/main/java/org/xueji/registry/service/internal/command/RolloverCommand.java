package org.xueji.registry.service.internal.command;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.BatchControl;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.RolloverPlan;
import org.xueji.registry.api.RolloverPlan.GradeRollover;
import org.xueji.registry.api.RolloverPlan.RolloverProblem;
import org.xueji.registry.api.RolloverPlan.SchoolRollover;
import org.xueji.registry.api.RolloverResult;
import org.xueji.registry.api.RolloverService;
import org.xueji.registry.api.SchoolService;

/** Issue 15: the year-end rollover from the shell, its dry run first. */
@Service
@Command(scope = "xueji", name = "rollover",
        description = "学年升级与毕业：--dry-run 只列出结果，不做更改 (year-end rollover; dry run first)")
public class RolloverCommand implements Action {

    @Argument(index = 0, name = "schoolYear", description = "结束的学年，如 2025 表示 2025—2026 学年", required = true)
    int schoolYear;

    @Option(name = "--dry-run", description = "试运行：按学校和年级列出升级、毕业、留级人数和需新建的班级")
    boolean dryRun;

    @Option(name = "--school", description = "只处理一所学校（学校代码）")
    @Completion(SchoolCodeCompleter.class)
    String school;

    @Reference
    RolloverService rollover;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        Long schoolId = SchoolLookup.idOf(schools, actor, school);
        if (dryRun) {
            print(rollover.plan(actor, schoolYear, schoolId));
            return null;
        }
        long started = System.nanoTime();
        AtomicLong lastPrint = new AtomicLong();
        RolloverResult r = rollover.run(actor, schoolYear, schoolId, new BatchControl(() -> false, n -> {
            long now = System.nanoTime();
            if (now - lastPrint.get() > 2_000_000_000L) { // progress every 2 s at most
                lastPrint.set(now);
                System.out.println("  已处理 " + n + " 名学生……");
            }
        }));
        System.out.printf("完成：%d 所学校升级（%d 所此前已完成），升级 %d 人，毕业 %d 人，留级 %d 人，新建班级 %d 个，用时 %.1f 秒%n",
                r.schoolsRolled(), r.schoolsSkipped(), r.movedUp(), r.graduated(), r.repeating(), r.classesCreated(),
                (System.nanoTime() - started) / 1e9);
        return null;
    }

    private static void print(RolloverPlan plan) {
        System.out.println(plan.schoolYear() + "—" + (plan.schoolYear() + 1) + " 学年升级试运行"
                + (plan.yearEnded() ? "" : "（学年尚未结束，不能正式运行）"));
        for (SchoolRollover s : plan.schools()) {
            System.out.println(s.schoolCode() + " " + s.schoolName() + (s.done() ? "  已完成" : "")
                    + (s.classesToCreate() > 0 ? "  需新建班级 " + s.classesToCreate() : ""));
            for (RolloverProblem p : s.problems()) {
                System.out.println("  ✗ " + p.message().format(Locale.SIMPLIFIED_CHINESE, p.args().toArray()));
            }
            if (s.done()) {
                continue;
            }
            for (GradeRollover g : s.grades()) {
                if (g.classes() > 0) {
                    System.out.printf("  %-4s %2d 个班  升级 %4d  毕业 %4d  留级 %3d%n", Grades.name(g.gradeLevel()),
                            g.classes(), g.movingUp(), g.graduating(), g.repeating());
                }
            }
        }
        System.out.printf("合计（可升级的 %d 所学校）：升级 %d 人，毕业 %d 人，留级 %d 人；有问题的学校 %d 所%n",
                plan.pending().size(), plan.studentsMovingUp(), plan.studentsGraduating(), plan.studentsRepeating(),
                plan.refused().size());
    }
}
