package org.xueji.ui.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.enrollment.api.ImportProgress.Phase.CHECK;
import static org.xueji.enrollment.api.ImportProgress.Phase.READ;
import static org.xueji.enrollment.api.ImportProgress.Phase.WRITE;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottledProgressTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> shown = new ArrayList<>();
    private final ThrottledProgress progress =
            new ThrottledProgress((phase, done, total) -> shown.add(phase + " " + done + "/" + total), 250, nanos::get);

    private void at(long millis) {
        nanos.set(millis * 1_000_000L);
    }

    @Test
    void firstUpdateGoesThrough() {
        progress.update(READ, 0, 0);
        assertThat(shown).containsExactly("READ 0/0");
    }

    @Test
    void rowUpdatesWithinTheIntervalAreDropped() {
        progress.update(CHECK, 1, 1000);
        at(100);
        progress.update(CHECK, 2, 1000);
        at(249);
        progress.update(CHECK, 3, 1000);
        at(251);
        progress.update(CHECK, 4, 1000);
        assertThat(shown).containsExactly("CHECK 1/1000", "CHECK 4/1000");
    }

    @Test
    void phaseChangeAndCompletionGoThroughAtOnce() {
        progress.update(CHECK, 1, 10);
        at(1);
        progress.update(CHECK, 10, 10);
        at(2);
        progress.update(WRITE, 0, 10);
        assertThat(shown).containsExactly("CHECK 1/10", "CHECK 10/10", "WRITE 0/10");
    }
}
