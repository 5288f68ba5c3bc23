package org.xueji.ui.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;

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
        progress.update("读取", 0, 0);
        assertThat(shown).containsExactly("读取 0/0");
    }

    @Test
    void rowUpdatesWithinTheIntervalAreDropped() {
        progress.update("校验", 1, 1000);
        at(100);
        progress.update("校验", 2, 1000);
        at(249);
        progress.update("校验", 3, 1000);
        at(251);
        progress.update("校验", 4, 1000);
        assertThat(shown).containsExactly("校验 1/1000", "校验 4/1000");
    }

    @Test
    void phaseChangeAndCompletionGoThroughAtOnce() {
        progress.update("校验", 1, 10);
        at(1);
        progress.update("校验", 10, 10);
        at(2);
        progress.update("写入", 0, 10);
        assertThat(shown).containsExactly("校验 1/10", "校验 10/10", "写入 0/10");
    }
}
