package org.xueji.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.WorkflowListener;

/** The listener whiteboard gets a listener only to tell it something, and releases it after. */
class HandlersTest {

    static final LapsedStep LAPSE = new LapsedStep("data-release", 7, "leader", null, LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 3));

    /** Counts how often the whiteboard got and released the listener. */
    static final class Counted implements Handlers.LazyListener {
        final WorkflowListener listener;
        int got;
        int released;

        Counted(WorkflowListener listener) {
            this.listener = listener;
        }

        @Override
        public WorkflowListener get() {
            got++;
            return listener;
        }

        @Override
        public void release() {
            released++;
        }
    }

    @Test
    void r17_aListenerIsGotOnlyWhenAStepLapsesAndReleasedAfter() {
        Handlers handlers = new Handlers();
        List<LapsedStep> heard = new ArrayList<>();
        Counted counted = new Counted(heard::add);
        handlers.addListener("ledger", counted);
        assertThat(counted.got).as("adding gets nothing: the listener may need services that need the workflow")
                .isZero();

        handlers.lapsed(LAPSE);

        assertThat(heard).containsExactly(LAPSE);
        assertThat(counted.got).isEqualTo(1);
        assertThat(counted.released).isEqualTo(1);
    }

    @Test
    void r17_aListenerThatCannotBeGotOrThrowsDoesNotKeepTheOthersFromHearing() {
        Handlers handlers = new Handlers();
        List<LapsedStep> heard = new ArrayList<>();
        Counted gone = new Counted(null);
        Counted throwing = new Counted(step -> {
            throw new IllegalStateException("refused");
        });
        handlers.addListener("gone", gone);
        handlers.addListener("throwing", throwing);
        handlers.add(heard::add);

        handlers.lapsed(LAPSE);

        assertThat(heard).containsExactly(LAPSE);
        assertThat(throwing.released).as("released although it threw").isEqualTo(1);
        assertThat(gone.released).as("nothing got, nothing to release").isZero();
    }

    @Test
    void aRemovedListenerHearsNothing() {
        Handlers handlers = new Handlers();
        Counted counted = new Counted(step -> { });
        handlers.addListener("ledger", counted);
        handlers.removeListener("ledger");

        handlers.lapsed(LAPSE);

        assertThat(counted.got).isZero();
    }
}
