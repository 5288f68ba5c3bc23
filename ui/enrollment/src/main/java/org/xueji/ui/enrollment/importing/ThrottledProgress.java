package org.xueji.ui.enrollment.importing;

import java.util.Objects;
import java.util.function.LongSupplier;
import org.xueji.enrollment.api.ImportProgress;

/**
 * Passes an import's progress on at most every {@code minMillis}, and at once when the phase
 * changes or the phase is complete: the service reports every row, and each report that
 * reaches the page takes the session lock.
 */
final class ThrottledProgress implements ImportProgress {

    /** Where the progress goes (from the importing thread). */
    @FunctionalInterface
    interface Sink {
        void show(ImportProgress.Phase phase, int done, int total);
    }

    private final Sink sink;
    private final LongSupplier nanoTime;
    private final long minNanos;
    private ImportProgress.Phase lastPhase;
    private long lastAt;
    private boolean shownOnce;

    ThrottledProgress(Sink sink, long minMillis, LongSupplier nanoTime) {
        this.sink = sink;
        this.minNanos = minMillis * 1_000_000L;
        this.nanoTime = nanoTime;
    }

    ThrottledProgress(Sink sink) {
        this(sink, 250, System::nanoTime);
    }

    @Override
    public synchronized void update(ImportProgress.Phase phase, int done, int total) {
        long now = nanoTime.getAsLong();
        boolean due = !shownOnce || !Objects.equals(phase, lastPhase) || total > 0 && done >= total
                || now - lastAt >= minNanos;
        if (!due) {
            return;
        }
        shownOnce = true;
        lastPhase = phase;
        lastAt = now;
        sink.show(phase, done, total);
    }
}
