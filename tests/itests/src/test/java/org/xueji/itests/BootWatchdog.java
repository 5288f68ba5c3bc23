package org.xueji.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Takes a thread dump of a test container that hangs while booting (issue 13): about one boot in
 * ninety stopped after Karaf's "Setting startlevel to 100" without pax-logging ever writing a
 * line, and Pax Exam only reports a timeout. A container whose karaf.log still has no
 * pax-logging line {@link #SUSPECT_AFTER} after its folder appeared gets {@code jstack} run on
 * it; the dump goes to {@code target/boot-hang-<folder>.txt} and its head to standard output, so
 * a CI log shows where the boot stands. Diagnosis only: it neither kills nor retries anything.
 */
final class BootWatchdog {

    private static final Duration SUSPECT_AFTER = Duration.ofSeconds(Long.getLong("xueji.itest.bootSuspectSeconds", 120));
    private static final Duration WATCH_FOR = Duration.ofMinutes(10);
    private static final Path EXAM_ROOT = Path.of("target", "exam");

    private BootWatchdog() {
    }

    /** Watches the container folders that appear from now on; one daemon thread per container start. */
    static void watchNextBoot() {
        Instant since = Instant.now();
        Thread t = new Thread(() -> watch(since), "xueji-boot-watchdog");
        t.setDaemon(true);
        t.start();
    }

    private static void watch(Instant since) {
        Set<Path> dumped = new HashSet<>();
        Instant end = since.plus(WATCH_FOR);
        try {
            while (Instant.now().isBefore(end)) {
                TimeUnit.SECONDS.sleep(10);
                for (Path dir : containersStartedSince(since)) {
                    Instant created = Files.getLastModifiedTime(dir).toInstant();
                    if (!dumped.contains(dir) && Instant.now().isAfter(created.plus(SUSPECT_AFTER)) && !loggingStarted(dir)) {
                        dumped.add(dir);
                        dump(dir);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            System.out.println("[boot-watchdog] stopped: " + e);
        }
    }

    private static List<Path> containersStartedSince(Instant since) throws IOException {
        if (!Files.isDirectory(EXAM_ROOT)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(EXAM_ROOT)) {
            return dirs.filter(Files::isDirectory).filter(d -> {
                try {
                    return !Files.getLastModifiedTime(d).toInstant().isBefore(since);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    /** pax-logging writes "time | LEVEL | thread | …"; Karaf's launcher before it writes JUL lines without bars. */
    private static boolean loggingStarted(Path dir) throws IOException {
        Path log = dir.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.anyMatch(l -> l.contains(" | "));
        }
    }

    private static void dump(Path dir) throws IOException, InterruptedException {
        String name = dir.getFileName().toString();
        List<ProcessHandle> karafs = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(name)).orElse(false))
                .toList();
        Path out = Path.of("target", "boot-hang-" + name + ".txt");
        StringBuilder report = new StringBuilder("container " + dir + " has no pax-logging line after "
                + SUSPECT_AFTER.toSeconds() + " s; processes: " + karafs.size() + "\n");
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        for (ProcessHandle p : karafs) {
            Process proc = new ProcessBuilder(jstack.toString(), "-l", String.valueOf(p.pid()))
                    .redirectErrorStream(true).start();
            String threads = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            proc.waitFor(60, TimeUnit.SECONDS);
            report.append("=== jstack ").append(p.pid()).append('\n').append(threads);
        }
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("[boot-watchdog] " + String.join("\n", report.toString().lines().limit(300).toList()));
    }
}
