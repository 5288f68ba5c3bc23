package org.xueji.registry.service.internal.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;

/**
 * A benchmark runner (not a test): times the console's student searches through the
 * service on whatever data is loaded (e.g. after {@code xueji:demo-load --students 1000000})
 * and prints p50/p95/max per kind of query. A page is what the grid asks for: a count capped at 10,001 + 50 rows.
 */
@Service
@Command(scope = "xueji", name = "bench-search", description = "学生查询性能测试：打印各类查询的 p50/p95 (benchmark student search)")
public class SearchBenchCommand implements Action {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";

    @Option(name = "--queries", description = "每类查询次数（默认 100）")
    int queries = 100;

    @Option(name = "--seed", description = "随机种子")
    long seed = 42;

    @Reference
    StudentService students;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        long total = students.count(actor, StudentQuery.all());
        SplittableRandom random = new SplittableRandom(seed);
        // sample real records to look up by ID number and 学籍号
        List<StudentSummary> sample = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            sample.addAll(students.search(actor, StudentQuery.all().withName(surname), random.nextInt(200), 1));
        }
        if (sample.isEmpty()) {
            System.out.println("没有学生数据，请先加载（xueji:demo-load）");
            return null;
        }
        Map<String, long[]> results = new LinkedHashMap<>();
        results.put("姓名前缀（1 字）首页", time(() -> {
            String prefix = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            return page(actor, StudentQuery.all().withName(prefix), 0);
        }));
        results.put("身份证号", time(() -> {
            StudentSummary s = sample.get(random.nextInt(sample.size()));
            return page(actor, StudentQuery.all().withIdNumber(s.idNumber() == null ? "-" : s.idNumber()), 0);
        }));
        results.put("学籍号", time(() -> {
            StudentSummary s = sample.get(random.nextInt(sample.size()));
            return page(actor, StudentQuery.all().withRegistryNumber(s.registryNumber()), 0);
        }));
        results.put("全部，首页", time(() -> page(actor, StudentQuery.all(), 0)));
        results.put("全部，随机深页", time(() -> page(actor, StudentQuery.all(),
                (int) random.nextLong(Math.max(1, total - 50)))));
        ShellTable table = new ShellTable();
        table.column("查询（计数至多 10001 + 50 行）");
        table.column("次数").alignRight();
        table.column("p50 ms").alignRight();
        table.column("p95 ms").alignRight();
        table.column("最大 ms").alignRight();
        results.forEach((name, nanos) -> table.addRow().addContent(name, nanos.length,
                ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(nanos[nanos.length - 1])));
        System.out.println("学生总数：" + total);
        table.print(System.out);
        return null;
    }

    /** What the console's search grid asks: a capped count (it lists up to 10,000) and one page. */
    private int page(Actor actor, StudentQuery query, int offset) {
        long n = students.countAtMost(actor, query, 10_001);
        return (int) n + students.search(actor, query, offset, 50).size();
    }

    private long[] time(Supplier<Integer> query) {
        for (int i = 0; i < 5; i++) {
            query.get(); // warm-up
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1_000_000.0);
    }
}
