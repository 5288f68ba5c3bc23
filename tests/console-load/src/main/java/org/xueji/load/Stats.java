package org.xueji.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Response times per request type (one user action, which may be one or more HTTP requests), in
 * HdrHistogram with microsecond resolution, and the errors with a few of their messages. Only
 * actions that end while {@link #recording} is on count (the ramp-up and the drain do not).
 */
final class Stats {

    /** The request types in the order of the scenario, for the table. */
    static final List<String> TYPES = List.of("login page", "login", "students view", "search", "open record",
            "inbox", "dashboard", "logout");

    private final Map<String, ConcurrentHistogram> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicLong sampleCount = new AtomicLong();
    final AtomicLong emptySearches = new AtomicLong();
    volatile boolean recording;

    void ok(String type, long nanos) {
        if (recording) {
            times.computeIfAbsent(type, t -> new ConcurrentHistogram(3)).recordValue(Math.max(1, nanos / 1000));
        }
    }

    void error(String type, long nanos, String user, Throwable e) {
        if (!recording) {
            return;
        }
        errors.computeIfAbsent(type, t -> new AtomicLong()).incrementAndGet();
        times.computeIfAbsent(type, t -> new ConcurrentHistogram(3)).recordValue(Math.max(1, nanos / 1000));
        if (sampleCount.incrementAndGet() <= 20) {
            errorSamples.add(type + " (" + user + "): " + e);
        }
    }

    long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    List<String> errorSamples() {
        return new ArrayList<>(errorSamples);
    }

    /** Rows: type, count, errors, p50, p95, p99, max (milliseconds). */
    Map<String, long[]> rows() {
        Map<String, long[]> rows = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(TYPES);
        times.keySet().stream().filter(t -> !order.contains(t)).sorted().forEach(order::add);
        for (String type : order) {
            Histogram h = times.get(type);
            if (h == null) {
                continue;
            }
            long e = errors.getOrDefault(type, new AtomicLong()).get();
            rows.put(type, new long[] {h.getTotalCount(), e, ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue())});
        }
        return rows;
    }

    private static long ms(long micros) {
        return Math.round(micros / 1000.0);
    }
}
