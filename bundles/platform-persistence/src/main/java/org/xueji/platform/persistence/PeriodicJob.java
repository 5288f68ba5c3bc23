package org.xueji.platform.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's background job at a fixed delay (an hourly ledger check, follow-up signals, an
 * outbox, reminders): one daemon thread named for the job; a run that throws is logged and the
 * next run happens all the same (a scheduled executor would silently stop repeating it); closed
 * with the component ({@code @Deactivate}), which interrupts a run in progress.
 *
 * <pre>
 * job = PeriodicJob.start("xueji-classbalance-over-cap", Duration.ofMinutes(1), Duration.ofHours(1), this::run);
 * ...
 * &#64;Deactivate void deactivate() { job.close(); }
 * </pre>
 */
public final class PeriodicJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final ScheduledExecutorService executor;

    private PeriodicJob(String name, ScheduledExecutorService executor) {
        this.name = name;
        this.executor = executor;
    }

    /**
     * Runs {@code job} after {@code firstRun}, then {@code every} after the end of each run.
     *
     * @param name the thread's name, e.g. {@code xueji-transfer-followup} (seen in thread dumps)
     */
    public static PeriodicJob start(String name, Duration firstRun, Duration every, Runnable job) {
        Objects.requireNonNull(job, "job");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("Background job {} failed; it runs again in {}", name, every, e);
            }
        }, Math.max(0, firstRun.toMillis()), every.toMillis(), TimeUnit.MILLISECONDS);
        return new PeriodicJob(name, executor);
    }

    /** The thread's name. */
    public String name() {
        return name;
    }

    /** Stops the job: no further run; a run in progress is interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
