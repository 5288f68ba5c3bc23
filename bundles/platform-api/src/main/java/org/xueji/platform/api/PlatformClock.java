package org.xueji.platform.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The platform's notion of "now" (password expiry, lockouts, deadlines). A service, so that
 * tests can move it (configuration {@code org.xueji.clock}: {@code offsetMinutes}).
 */
public interface PlatformClock {

    Clock clock();

    default Instant now() {
        return clock().instant();
    }

    default LocalDate today() {
        return LocalDate.now(clock());
    }
}
