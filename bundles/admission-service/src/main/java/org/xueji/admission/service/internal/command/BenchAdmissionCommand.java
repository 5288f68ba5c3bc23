package org.xueji.admission.service.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.admission.api.AdmissionService;
import org.xueji.admission.api.Allocation;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationQuery;
import org.xueji.admission.api.PublicAdmission;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/**
 * Issue 12's benchmark from the shell (figures printed, nothing asserted, nothing written): the
 * allocation with its lotteries for 20,000 generated applications across 40 schools in memory
 * (the algorithm; the full run with the database is {@code AdmissionBench}), and the public
 * look-up through the live service — 100 threads looking up the installation's own applications
 * by number and ID number (read in the account's scope, never printed; hits do not count against
 * any address).
 */
@Service
@Command(scope = "xueji", name = "bench-admission",
        description = "阳光招生基准测试：内存中 20000 份申请、40 所学校的分配与派位耗时；本库已有申请的公开查询 p50/p95（100 并发，只读）")
public class BenchAdmissionCommand implements Action {

    @Option(name = "--applications", description = "内存分配测试的申请数，默认 20000")
    int applications = 20_000;

    @Option(name = "--lookups", description = "公开查询次数，默认 2000")
    int lookups = 2_000;

    @Option(name = "--threads", description = "并发查询线程数，默认 100")
    int threads = 100;

    @Reference
    AdmissionService admission;

    @Reference
    PublicAdmission family;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() throws Exception {
        Actor actor = ShellActors.of(session, accounts);
        System.out.println(allocation(applications, 40));
        List<String[]> pairs = new ArrayList<>();
        for (int offset = 0; pairs.size() < lookups; offset += 1000) {
            List<Application> page = admission.applications(actor, new ApplicationQuery(null, null, null), offset, 1000);
            page.forEach(a -> pairs.add(new String[] {a.number(), a.form().idNumber()}));
            if (page.size() < 1000) {
                break;
            }
        }
        System.out.println(pairs.isEmpty() ? "公开查询：本库（当前账号范围内）没有入学申请，未测"
                : lookups(family, pairs, Math.max(1, threads), Math.max(1, lookups)));
        return null;
    }

    /** The allocation of {@code size} applications, four categories in turn, 360 seats per school. */
    public static String allocation(int size, int schools) {
        List<List<Allocation.Candidate>> bySchool = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            bySchool.add(new ArrayList<>());
        }
        for (int i = 0; i < size; i++) {
            bySchool.get(i % schools).add(new Allocation.Candidate(String.format("2027-1-%08d", 10_000_000 + i * 7),
                    i / schools % 3));
        }
        long start = System.nanoTime();
        int admitted = 0;
        int draws = 0;
        for (int s = 0; s < schools; s++) {
            Allocation.Outcome o = Allocation.allocate(360, bySchool.get(s), "bench-seed", s + 1);
            admitted += o.admitted().size();
            draws += o.draws().size();
        }
        return String.format("分配（内存，不含数据库）：%d 份申请、%d 所学校、%d 次派位、录取 %d 人，用时 %.3f 秒", size, schools,
                draws, admitted, (System.nanoTime() - start) / 1e9);
    }

    /** {@code count} look-ups of these pairs on {@code threads} threads: p50, p95, max. */
    public static String lookups(PublicAdmission family, List<String[]> pairs, int threads, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> timings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String[] pair = pairs.get(i % pairs.size());
                String address = "bench-" + (i % 250);
                timings.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    family.lookup(address, pair[0], pair[1]);
                    return System.nanoTime() - s;
                }));
            }
            List<Long> nanos = new ArrayList<>();
            for (Future<Long> f : timings) {
                nanos.add(f.get());
            }
            nanos.sort(null);
            return String.format("公开查询：%d 个线程、%d 次（%d 份申请）：p50 %.1f ms，p95 %.1f ms，最长 %.1f ms", threads,
                    count, pairs.size(), nanos.get(nanos.size() / 2) / 1e6, nanos.get(nanos.size() * 95 / 100) / 1e6,
                    nanos.get(nanos.size() - 1) / 1e6);
        } finally {
            pool.shutdownNow();
        }
    }
}
