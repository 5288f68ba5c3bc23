package org.xueji.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the machine's CPU went during the measured window, from /proc (Linux): the Karaf JVM, this
 * driver, and everything else (on the shared machine: other builds and browser tests). Tells
 * whether slow responses mean a slow console or a console that got little CPU.
 */
final class CpuMonitor {

    /** USER_HZ of Linux /proc times. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long karafPid;
    private long startNanos;
    private double karafStart;
    private double selfStart;
    private double busyStart;

    CpuMonitor(long karafPid) {
        this.karafPid = karafPid;
    }

    void start() {
        startNanos = System.nanoTime();
        karafStart = processSeconds(karafPid);
        selfStart = processSeconds(ProcessHandle.current().pid());
        busyStart = machineBusySeconds();
    }

    /** E.g. "CPU in cores: Karaf 1.40, driver 0.25, other 0.30 of 2". */
    String summary() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double karaf = (processSeconds(karafPid) - karafStart) / wall;
        double self = (processSeconds(ProcessHandle.current().pid()) - selfStart) / wall;
        double busy = (machineBusySeconds() - busyStart) / wall;
        return String.format("CPU in cores: Karaf %.2f, load driver %.2f, everything else %.2f (of %d)",
                karaf, self, Math.max(0, busy - karaf - self), Runtime.getRuntime().availableProcessors());
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/PID/stat). */
    private static double processSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name in parentheses may hold spaces: count the fields after it
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** All CPUs' non-idle time (first line of /proc/stat: user nice system idle iowait irq softirq steal). */
    private static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
