package org.xueji.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Heap and GC of the Karaf JVM while the load runs: {@code jstat -gc PID 1000}, read line by line.
 * Used heap = S0U + S1U + EU + OU; the GC counts and times are the differences between the first
 * and the last sample of the measured window.
 */
final class JvmMonitor implements AutoCloseable {

    private final Process jstat;
    private final Thread reader;
    private volatile double[] first;
    private volatile double[] last;
    private volatile double maxUsedKb;
    private volatile double maxOldKb;
    private volatile double capacityKb;
    private volatile List<String> columns = List.of();
    private volatile boolean measuring;
    private final CpuMonitor cpu;

    private JvmMonitor(long pid) throws IOException {
        cpu = new CpuMonitor(pid);
        jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "1000").redirectErrorStream(true).start();
        reader = new Thread(this::read, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The Karaf JVM of this installation (its command line names karaf.home), if it runs. */
    static Optional<JvmMonitor> forKaraf(Path karafHome) throws IOException {
        String marker = "-Dkaraf.home=" + karafHome.toAbsolutePath().normalize();
        Optional<ProcessHandle> karaf = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .findFirst();
        if (karaf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JvmMonitor(karaf.get().pid()));
    }

    /** From now on the samples count (after the ramp-up). */
    void startMeasuring() {
        first = null;
        maxUsedKb = 0;
        maxOldKb = 0;
        cpu.start();
        measuring = true;
    }

    /** The CPU shares of the window so far (call at its end). */
    String cpuSummary() {
        return cpu.summary();
    }

    void stopMeasuring() {
        measuring = false;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 0 && f[0].equals("S0C")) {
                    columns = Arrays.asList(f);
                    continue;
                }
                if (columns.isEmpty() || f.length != columns.size() || !measuring) {
                    continue;
                }
                double[] v = Arrays.stream(f).mapToDouble(s -> s.equals("-") ? 0 : Double.parseDouble(s)).toArray();
                if (first == null) {
                    first = v;
                }
                last = v;
                double used = col(v, "S0U") + col(v, "S1U") + col(v, "EU") + col(v, "OU");
                maxUsedKb = Math.max(maxUsedKb, used);
                maxOldKb = Math.max(maxOldKb, col(v, "OU"));
                capacityKb = col(v, "S0C") + col(v, "S1C") + col(v, "EC") + col(v, "OC");
            }
        } catch (IOException | NumberFormatException e) {
            // jstat ended (Karaf stopped) or printed something else: the figures so far stand
        }
    }

    private double col(double[] v, String name) {
        int i = columns.indexOf(name);
        return i < 0 || v == null ? 0 : v[i];
    }

    /** One line for the report. */
    String summary() {
        if (first == null || last == null) {
            return "heap/GC: no jstat samples";
        }
        long ygc = Math.round(col(last, "YGC") - col(first, "YGC"));
        double ygct = col(last, "YGCT") - col(first, "YGCT");
        long fgc = Math.round(col(last, "FGC") - col(first, "FGC"));
        double fgct = col(last, "FGCT") - col(first, "FGCT");
        long cgc = Math.round(col(last, "CGC") - col(first, "CGC"));
        double cgct = col(last, "CGCT") - col(first, "CGCT");
        return String.format("max heap used %.0f MB (old gen max %.0f MB, committed %.0f MB); "
                        + "young GC %d (%.2f s), full GC %d (%.2f s), concurrent GC %d (%.2f s)",
                maxUsedKb / 1024, maxOldKb / 1024, capacityKb / 1024, ygc, ygct, fgc, fgct, cgc, cgct);
    }

    double maxUsedMb() {
        return maxUsedKb / 1024;
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
