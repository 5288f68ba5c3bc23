package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.ActorValidity;

/**
 * The database is asked once per committed change, not on every {@code require…} (an import
 * checks its actor per row); a negative answer is final.
 */
class ActorChecksTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ActorChecks checks = new ActorChecks(null, nanos::get);
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean inDatabase = new AtomicBoolean(true);
    private final ActorValidity validity = checks.remembered(() -> {
        reads.incrementAndGet();
        return inDatabase.get();
    });

    @Test
    void r2_askedOnceUntilAChangeCommits() {
        assertThat(validity.isCurrent()).isTrue();
        assertThat(validity.isCurrent()).isTrue();
        assertThat(validity.isCurrent()).isTrue();
        assertThat(reads).hasValue(1);

        checks.changed(); // e.g. another account was disabled: asked again, still current
        assertThat(validity.isCurrent()).isTrue();
        assertThat(reads).hasValue(2);
    }

    @Test
    void r2_aChangeThatEndsTheSessionIsSeenAtTheNextCheckAndStays() {
        assertThat(validity.isCurrent()).isTrue();

        inDatabase.set(false);
        checks.changed();

        assertThat(validity.isCurrent()).isFalse();
        inDatabase.set(true); // e.g. enabled again: the old actor does not come back
        checks.changed();
        assertThat(validity.isCurrent()).isFalse();
        assertThat(reads).hasValue(2);
    }

    @Test
    void r2_aSessionEndedOnAnotherNodeIsRefusedHereWithinTheTrustedTime() {
        assertThat(validity.isCurrent()).isTrue();

        // the other node's login replaced the session: its commit bumps no counter of this JVM
        inDatabase.set(false);
        nanos.addAndGet(ActorChecks.TRUSTED_FOR.toNanos() / 2);
        assertThat(validity.isCurrent()).as("still trusted").isTrue();
        assertThat(reads).hasValue(1);

        nanos.addAndGet(ActorChecks.TRUSTED_FOR.toNanos() / 2);
        assertThat(validity.isCurrent()).as("asked again after the trusted time").isFalse();
        assertThat(reads).hasValue(2);
    }
}
