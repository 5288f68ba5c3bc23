package org.xueji.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load runner's virtual users, started and stopped by a test that does something else
 * meanwhile (issue 13, item 1: a module upgraded while people work in the other modules). Each
 * user logs in once and then loops over 学生查询, a search, a record, 待办审批 and the dashboard
 * with a short think time; every step that fails is counted with its message.
 */
public final class BackgroundLoad {

    /** What the users did: actions and errors per request type, and the first error messages. */
    public record Summary(long actions, long errors, Map<String, long[]> rows, List<String> errorSamples) {

        /** The rows as a table: type, count, errors, p50, p95, p99, max (ms). */
        public String table() {
            StringBuilder b = new StringBuilder("| request type | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|\n");
            rows.forEach((type, r) -> b.append(String.format("| %s | %d | %d | %d | %d | %d | %d |%n", type, r[0], r[1],
                    r[2], r[3], r[4], r[5])));
            errorSamples.forEach(s -> b.append("- ").append(s).append('\n'));
            return b.toString();
        }
    }

    private final Stats stats;
    private final AtomicBoolean running;
    private final List<Thread> threads;
    private final long thinkMaxMillis;

    private BackgroundLoad(Stats stats, AtomicBoolean running, List<Thread> threads, long thinkMaxMillis) {
        this.stats = stats;
        this.running = running;
        this.threads = threads;
        this.thinkMaxMillis = thinkMaxMillis;
    }

    private static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static Config config(String url, String password, long thinkMinMillis, long thinkMaxMillis) {
        // loginEvery 0: each user logs in once and stays, as people do during a working day
        return new Config("run", url.endsWith("/") ? url : url + "/", null, 0, 0, 0, thinkMinMillis, thinkMaxMillis, 0,
                password, null, null);
    }

    /** A new account's first login: the initial password changed to {@code password}, as the console requires. */
    public static void prepare(String url, String username, String initialPassword, String password) throws Exception {
        Prepare.prepare(config(url, password, 0, 0), http(), new Account(username, initialPassword, "", ""));
    }

    /** Starts one user per account (all prepared with {@code password}); they run until {@link #stop()}. */
    public static BackgroundLoad start(String url, List<String> usernames, String password, long thinkMinMillis,
                                       long thinkMaxMillis) {
        Config config = config(url, password, thinkMinMillis, thinkMaxMillis);
        Stats stats = new Stats();
        stats.recording = true;
        AtomicBoolean running = new AtomicBoolean(true);
        HttpClient http = http();
        List<Thread> threads = new ArrayList<>();
        for (String username : usernames) {
            VirtualUser u = new VirtualUser(new Account(username, "", "", ""), config, http, stats, running::get, 0);
            Thread t = new Thread(u, "load-" + username);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return new BackgroundLoad(stats, running, threads, thinkMaxMillis);
    }

    /** Actions finished so far, errors included. */
    public long actions() {
        return stats.rows().values().stream().mapToLong(r -> r[0]).sum();
    }

    /** Lets every user finish its step and log out, then sums up. */
    public Summary stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000 + 10 * thinkMaxMillis);
        }
        stats.recording = false;
        Map<String, long[]> rows = stats.rows();
        return new Summary(rows.values().stream().mapToLong(r -> r[0]).sum(), stats.errors(), rows,
                stats.errorSamples());
    }
}
