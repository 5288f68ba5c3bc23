package org.xueji.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

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
}
