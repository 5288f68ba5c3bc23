package org.xueji.platform.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.lease.JobLeases;

/**
 * A module's background job at a fixed delay (an hourly ledger check, follow-up signals, an
 * outbox, reminders): one daemon thread named for the job; a run that throws is logged and the
 * next run happens all the same (a scheduled executor would silently stop repeating it); closed
 * with the component ({@code @Deactivate}), which interrupts a run in progress.
 * <p>
 * With {@link JobLeases} (issue 13, several nodes on one database) a run happens only on the
 * node that holds the job's lease; the others skip it, and take the job over when the holder
 * stops renewing.
 *
 * <pre>
 * job = PeriodicJob.start("xueji-classbalance-over-cap", Duration.ofMinutes(1), Duration.ofHours(1), this::run);
 * ...
 * &#64;Deactivate void deactivate() { job.close(); }
 * </pre>
 */
public final class PeriodicJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJob.class);

    /** How long close() waits for an interrupted run to end before it gives the lease up. */
    private static final Duration RUN_END_WAIT = Duration.ofSeconds(5);

    private final String name;
    private final ScheduledExecutorService executor;
    private final LeasedRun leased;

    private PeriodicJob(String name, ScheduledExecutorService executor, LeasedRun leased) {
        this.name = name;
        this.executor = executor;
        this.leased = leased;
    }

    /**
     * Runs {@code job} after {@code firstRun}, then {@code every} after the end of each run.
     *
     * @param name the thread's name, e.g. {@code xueji-transfer-followup} (seen in thread dumps)
     */
    public static PeriodicJob start(String name, Duration firstRun, Duration every, Runnable job) {
        return schedule(name, firstRun, every, Objects.requireNonNull(job, "job"), null);
    }

    /**
     * Like {@link #start(String, Duration, Duration, Runnable)}, but a run happens only while this
     * node holds the lease named {@code name}, taken or renewed before each run for {@code every}
     * plus a margin (half of it, 1 to 15 minutes); a run whose lease another node holds is
     * skipped (logged at debug). {@link #close()} gives the lease up.
     */
    public static PeriodicJob start(String name, Duration firstRun, Duration every, JobLeases leases,
                                    Runnable job) {
        LeasedRun leased = new LeasedRun(name, LeasedRun.leaseFor(every), Objects.requireNonNull(leases, "leases"),
                Objects.requireNonNull(job, "job"));
        return schedule(name, firstRun, every, leased, leased);
    }

    private static PeriodicJob schedule(String name, Duration firstRun, Duration every, Runnable job,
                                        LeasedRun leased) {
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
        return new PeriodicJob(name, executor, leased);
    }

    /** The thread's name. */
    public String name() {
        return name;
    }

    /**
     * Stops the job: no further run; a run in progress is interrupted. A leased job gives its
     * lease up once no run is in progress, so that another node takes over without waiting for
     * the expiry (a run that does not end in time keeps it until it expires).
     */
    @Override
    public void close() {
        executor.shutdownNow();
        if (leased != null && runEnded()) {
            leased.release();
        }
    }

    private boolean runEnded() {
        try {
            return executor.awaitTermination(RUN_END_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
