package org.xueji.dropout.service.internal.command;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.dropout.api.risk.RiskService;
import org.xueji.dropout.api.risk.RiskSummary;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

/**
 * A benchmark runner (not a test): scores every in-school student of every school through the
 * service ({@code RiskService.summary} per school: permission and scope checks, the registry's facts,
 * the imported figures and the score) and prints the total time, students per second and the per-school p50/p95/max.
 */
@Service
@Command(scope = "xueji", name = "bench-risk",
        description = "辍学预警性能测试：对全区所有在读学生计算风险分并打印耗时 (benchmark risk scoring)")
public class RiskBenchCommand implements Action {

    @Option(name = "--schools", description = "最多测几所学校（默认全部）")
    int maxSchools;

    @Reference
    RiskService risk;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        List<School> all = schools.listSchools(actor);
        if (maxSchools > 0 && all.size() > maxSchools) {
            all = all.subList(0, maxSchools);
        }
        long[] nanos = new long[all.size()];
        long students = 0;
        long listed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < all.size(); i++) {
            long t = System.nanoTime();
            RiskSummary s = risk.summary(actor, all.get(i).id());
            nanos[i] = System.nanoTime() - t;
            listed += s.atRisk();
            students += s.students();
        }
        long total = System.nanoTime() - start;
        Arrays.sort(nanos);
        System.out.printf("学校 %d 所，评分学生 %d 名，达到阈值 %d 名%n", all.size(), students, listed);
        System.out.printf("总耗时 %.1f s，%.0f 名/秒%n", total / 1e9, students / Math.max(total / 1e9, 1e-9));
        if (nanos.length > 0) {
            System.out.printf("每校 p50 %d ms，p95 %d ms，最大 %d ms%n", nanos[nanos.length / 2] / 1_000_000,
                    nanos[Math.min(nanos.length - 1, (int) Math.ceil(nanos.length * 0.95) - 1)] / 1_000_000,
                    nanos[nanos.length - 1] / 1_000_000);
        }
        return null;
    }
}
