package org.xueji.platform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ConfigurablePlatformClockTest {

    private static ConfigurablePlatformClock.Config offset(long minutes) {
        return new ConfigurablePlatformClock.Config() {
            @Override
            public long offsetMinutes() {
                return minutes;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ConfigurablePlatformClock.Config.class;
            }
        };
    }

    /** What a service stores and returns must equal what a later read gives, on PostgreSQL too (µs). */
    @Test
    void nowHasNothingFinerThanAMicrosecond() {
        ConfigurablePlatformClock clock = new ConfigurablePlatformClock(offset(0));
        for (int i = 0; i < 1_000; i++) {
            Instant now = clock.now();
            assertThat(now.getNano() % 1_000).as("nanoseconds below the microsecond of %s", now).isZero();
        }
    }

    @Test
    void theOffsetMovesTheClock() {
        Instant before = Instant.now();
        Instant moved = new ConfigurablePlatformClock(offset(60)).now();
        assertThat(Duration.between(before, moved)).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
    }

    /**
     * Services keep the {@code Clock} they were given at activation; a moved offset must reach
     * them (the tests of R2's expiry and of admission's dates move it while they run).
     */
    @Test
    void aClockTakenBeforeTheOffsetMovesMovesWithIt() {
        ConfigurablePlatformClock platform = new ConfigurablePlatformClock(offset(0));
        Clock keptByAService = platform.clock();
        Clock keptInAnotherZone = keptByAService.withZone(ZoneId.of("UTC"));

        platform.modified(offset(24 * 60));

        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        assertThat(Duration.between(tomorrow, keptByAService.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(tomorrow, keptInAnotherZone.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(keptInAnotherZone.getZone()).isEqualTo(ZoneId.of("UTC"));
    }
}
