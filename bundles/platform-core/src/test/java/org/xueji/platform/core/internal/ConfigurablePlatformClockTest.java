package org.xueji.platform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
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
}
