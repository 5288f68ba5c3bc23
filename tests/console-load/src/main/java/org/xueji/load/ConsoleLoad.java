package org.xueji.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The console load runner. {@code -Dload.mode=prepare} readies the accounts (first-login password
 * change); {@code -Dload.mode=run} starts {@code load.users} virtual users over {@code load.rampUp}
 * seconds, measures {@code load.duration} seconds, then prints p50/p95/p99 per request type, the
 * errors and the heap and GC of the Karaf JVM, and writes the same as Markdown under target/.
 * A bench runner: it prints figures and asserts nothing.
 */
public final class ConsoleLoad {

    private ConsoleLoad() {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.fromSystemProperties();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        int failures = switch (config.mode()) {
            case "prepare" -> Prepare.run(config, http);
            case "run" -> run(config, http);
            default -> throw new IllegalArgumentException("load.mode is prepare or run, not " + config.mode());
        };
        // exec:java waits for non-daemon threads; the HttpClient's are daemons, the users have ended
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int run(Config config, HttpClient http) throws Exception {
        List<Account> accounts = Account.read(config.accounts());
        if (accounts.size() < config.users()) {
            throw new IllegalArgumentException(config.users() + " users need as many accounts; "
                    + config.accounts() + " has " + accounts.size());
        }
        Stats stats = new Stats();
        AtomicBoolean running = new AtomicBoolean(true);
        Optional<JvmMonitor> jvm = config.karafHome() == null ? Optional.empty() : JvmMonitor.forKaraf(config.karafHome());
        if (config.karafHome() != null && jvm.isEmpty()) {
            System.out.println("No Karaf JVM found for " + config.karafHome() + ": no heap/GC figures");
        }
        System.out.printf("%d users, ramp-up %d s, measured %d s, think time %d–%d ms, console %s%n",
                config.users(), config.rampUpSeconds(), config.durationSeconds(), config.thinkMinMillis(),
                config.thinkMaxMillis(), config.url());

        List<VirtualUser> users = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < config.users(); i++) {
            long delay = config.rampUpSeconds() * 1000L * i / config.users();
            VirtualUser u = new VirtualUser(accounts.get(i), config, http, stats, running::get, delay);
            Thread t = new Thread(u, "user-" + accounts.get(i).username());
            t.setDaemon(true);
            users.add(u);
            threads.add(t);
            t.start();
        }

        Thread.sleep(config.rampUpSeconds() * 1000L);
        String loadBefore = loadAverage();
        long requestsBefore = UidlClient.REQUESTS.get();
        jvm.ifPresent(JvmMonitor::startMeasuring);
        stats.recording = true;
        Instant start = Instant.now();
        for (int s = 30; s <= config.durationSeconds(); s += 30) {
            Thread.sleep(30_000);
            System.out.printf("  %3d s: %d errors so far, load average %s%n", s, stats.errors(), loadAverage());
        }
        Thread.sleep((config.durationSeconds() % 30) * 1000L);
        stats.recording = false;
        jvm.ifPresent(JvmMonitor::stopMeasuring);
        String cpu = jvm.map(JvmMonitor::cpuSummary).orElse("");
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        long requests = UidlClient.REQUESTS.get() - requestsBefore;
        String loadAfter = loadAverage();

        // the users finish their iteration (log out) so that the next run starts without their sessions
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000 + 10 * config.thinkMaxMillis());
        }
        String report = report(config, stats, jvm, seconds, requests, loadBefore, loadAfter,
                users.stream().mapToInt(u -> u.iterations).sum()) + (cpu.isEmpty() ? "" : cpu + "\n");
        System.out.println(report);
        Files.createDirectories(config.outDir());
        Path file = config.outDir().resolve("console-load-" + config.users() + "-users.md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("written to " + file);
        jvm.ifPresent(JvmMonitor::close);
        return 0;
    }

    private static String report(Config config, Stats stats, Optional<JvmMonitor> jvm, double seconds,
                                 long requests, String loadBefore, String loadAfter, int iterations) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%n### %d users (%s UTC)%n%n", config.users(),
                Instant.now().toString().substring(0, 16).replace('T', ' ')));
        b.append(String.format("measured %.0f s after a %d s ramp-up; think time %d–%d ms; load average %s "
                        + "before, %s after; %.0f HTTP requests/s; "
                        + "%d iterations in all%n%n", seconds, config.rampUpSeconds(), config.thinkMinMillis(),
                config.thinkMaxMillis(), loadBefore, loadAfter, requests / seconds, iterations));
        b.append("| request type | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|\n");
        long total = 0;
        for (Map.Entry<String, long[]> e : stats.rows().entrySet()) {
            long[] r = e.getValue();
            total += r[0];
            b.append(String.format("| %s | %d | %d | %d | %d | %d | %d |%n", e.getKey(), r[0], r[1], r[2], r[3],
                    r[4], r[5]));
        }
        b.append(String.format("%n%d actions, %d errors; %s%n", total, stats.errors(),
                jvm.map(JvmMonitor::summary).orElse("no heap/GC figures")));
        if (stats.emptySearches.get() > 0) {
            b.append(String.format("%d searches listed nobody (no record to open after them)%n",
                    stats.emptySearches.get()));
        }
        List<String> samples = stats.errorSamples();
        if (!samples.isEmpty()) {
            b.append("\nfirst errors:\n");
            samples.forEach(s -> b.append("- ").append(s).append('\n'));
        }
        return b.toString();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
