package org.xueji.platform.persistence;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.lease.JobLeases;

/**
 * One run of a {@link PeriodicJob} behind its lease: takes or renews the lease, then runs the
 * job, or skips the run when another node holds the lease.
 */
final class LeasedRun implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(LeasedRun.class);

    private static final Duration MIN_MARGIN = Duration.ofMinutes(1);
    private static final Duration MAX_MARGIN = Duration.ofMinutes(15);

    private final String name;
    private final Duration lease;
    private final JobLeases leases;
    private final Runnable job;
    /** Only the job's thread reads and writes it: the last answer, to log changes of holder once. */
    private boolean held;

    LeasedRun(String name, Duration lease, JobLeases leases, Runnable job) {
        this.name = name;
        this.lease = lease;
        this.leases = leases;
        this.job = job;
    }

    /**
     * The lease taken before each run: the job's delay plus half of it (at least one minute, at
     * most 15), so that the holder renews it well before it expires (the next run starts
     * {@code every} after the end of the previous one) and a holder that stopped is replaced
     * by another node within about {@code every} plus that margin.
     */
    static Duration leaseFor(Duration every) {
        Duration margin = every.dividedBy(2);
        if (margin.compareTo(MIN_MARGIN) < 0) {
            margin = MIN_MARGIN;
        } else if (margin.compareTo(MAX_MARGIN) > 0) {
            margin = MAX_MARGIN;
        }
        return every.plus(margin);
    }

    @Override
    public void run() {
        boolean holds = leases.acquire(name, lease);
        if (holds != held) {
            LOG.info(holds ? "Background job {} runs on this node ({})" : "Background job {} moved to another node (this is {})",
                    name, leases.nodeId());
            held = holds;
        }
        if (!holds) {
            LOG.debug("Background job {} skipped: another node holds its lease", name);
            return;
        }
        job.run();
    }

    void release() {
        try {
            leases.release(name);
        } catch (RuntimeException e) {
            // e.g. the DataSource is already gone at shutdown: the lease expires on its own
            LOG.debug("Lease of background job {} not given up: {}", name, e.getMessage());
        }
    }
}
