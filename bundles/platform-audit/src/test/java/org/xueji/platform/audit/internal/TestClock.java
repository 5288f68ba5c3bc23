package org.xueji.platform.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.xueji.platform.api.PlatformClock;

/** A platform clock tests can move. */
public final class TestClock implements PlatformClock {

    private volatile Instant now;
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");

    public TestClock(Instant now) {
        this.now = now;
    }

    @Override
    public Clock clock() {
        return Clock.fixed(now, zone);
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant instant) {
        now = instant;
    }
}
