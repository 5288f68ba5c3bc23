package org.xueji.platform.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.xueji.platform.api.PlatformClock;

/** A platform clock the test sets and moves (deadlines, expiry, lapses). Asia/Shanghai. */
public final class MovableClock implements PlatformClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    /** 2025-09-01 08:30 in Shanghai, the first day of a school year. */
    public MovableClock() {
        this(Instant.parse("2025-09-01T00:30:00Z"));
    }

    @Override
    public Clock clock() {
        return Clock.fixed(now, ZONE);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Moves to 08:30 on the given day. */
    public void setToday(LocalDate day) {
        now = day.atTime(8, 30).atZone(ZONE).toInstant();
    }
}
