package org.xueji.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.lease.JobLeases;

class PeriodicJobTest {

    @Test
    void aRunThatThrowsDoesNotStopTheNextRuns() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch threeRuns = new CountDownLatch(3);
        try (PeriodicJob job = PeriodicJob.start("test-job", Duration.ZERO, Duration.ofMillis(10), () -> {
            runs.incrementAndGet();
            threeRuns.countDown();
            throw new IllegalStateException("every run fails");
        })) {
            assertThat(threeRuns.await(10, TimeUnit.SECONDS)).as("runs after failed runs").isTrue();
            assertThat(job.name()).isEqualTo("test-job");
        }
    }

    @Test
    void runsOnADaemonThreadOfItsNameAndStopsWhenClosed() throws Exception {
        AtomicReference<Thread> thread = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        PeriodicJob job = PeriodicJob.start("xueji-test-watch", Duration.ZERO, Duration.ofMillis(10), () -> {
            thread.set(Thread.currentThread());
            runs.incrementAndGet();
            first.countDown();
        });
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        job.close();
        Thread.sleep(50); // a run that had already begun when close() was called may still end
        int afterClose = runs.get();
        Thread.sleep(200);
        assertThat(runs.get()).as("no run after close").isEqualTo(afterClose);
        assertThat(thread.get().getName()).isEqualTo("xueji-test-watch");
        assertThat(thread.get().isDaemon()).isTrue();
    }

    @Test
    void theFirstRunWaitsForItsDelay() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (PeriodicJob job = PeriodicJob.start("late-job", Duration.ofHours(1), Duration.ofHours(1),
                runs::incrementAndGet)) {
            Thread.sleep(100);
            assertThat(runs.get()).isZero();
        }
    }

    @Test
    void aPeriodOfZeroIsRefused() {
        assertThatThrownBy(() -> PeriodicJob.start("bad", Duration.ZERO, Duration.ZERO, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Issue 13: leases answered by the test; records what was asked. */
    private static final class ScriptedLeases implements JobLeases {
        volatile boolean held;
        final List<String> acquired = new CopyOnWriteArrayList<>();
        final List<Duration> durations = new CopyOnWriteArrayList<>();
        final List<String> released = new CopyOnWriteArrayList<>();

        @Override
        public boolean acquire(String job, Duration duration) {
            acquired.add(job);
            durations.add(duration);
            return held;
        }

        @Override
        public void release(String job) {
            released.add(job);
        }

        @Override
        public String nodeId() {
            return "test-node";
        }
    }

    @Test
    void issue13_aRunWhoseLeaseAnotherNodeHoldsIsSkipped() throws Exception {
        ScriptedLeases leases = new ScriptedLeases();
        AtomicInteger runs = new AtomicInteger();
        try (PeriodicJob job = PeriodicJob.start("xueji-test-leased", Duration.ZERO, Duration.ofMillis(10), leases,
                runs::incrementAndGet)) {
            Thread.sleep(200);
            assertThat(leases.acquired).as("the lease is asked before every run").hasSizeGreaterThan(2)
                    .containsOnly("xueji-test-leased");
            assertThat(runs.get()).as("no run while another node holds the lease").isZero();

            CountDownLatch ran = new CountDownLatch(2);
            leases.held = true;
            try (PeriodicJob taken = PeriodicJob.start("xueji-test-leased-2", Duration.ZERO, Duration.ofMillis(10),
                    leases, ran::countDown)) {
                assertThat(ran.await(10, TimeUnit.SECONDS)).as("runs once this node holds the lease").isTrue();
            }
        }
    }

    @Test
    void issue13_theLeaseOutlastsTheDelayAndIsGivenUpOnClose() throws Exception {
        ScriptedLeases leases = new ScriptedLeases();
        leases.held = true;
        CountDownLatch ran = new CountDownLatch(1);
        PeriodicJob job = PeriodicJob.start("xueji-test-hourly", Duration.ZERO, Duration.ofHours(1), leases,
                ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        job.close();
        assertThat(leases.durations).containsOnly(Duration.ofMinutes(75));
        assertThat(leases.released).containsExactly("xueji-test-hourly");
    }

    @Test
    void issue13_leaseMarginIsHalfTheDelayWithinOneToFifteenMinutes() {
        assertThat(LeasedRun.leaseFor(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(70));
        assertThat(LeasedRun.leaseFor(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(15));
        assertThat(LeasedRun.leaseFor(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(75));
        assertThat(LeasedRun.leaseFor(Duration.ofHours(24))).isEqualTo(Duration.ofHours(24).plusMinutes(15));
    }
}
