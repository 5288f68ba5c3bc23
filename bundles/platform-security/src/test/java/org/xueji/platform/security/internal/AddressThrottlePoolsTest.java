package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.throttle.AddressThrottles;

/** The login throttle offered by pool name (issue 12): pools are independent, limits as configured. */
class AddressThrottlePoolsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-10T02:00:00Z"));
    private final AddressThrottlePools pools = new AddressThrottlePools(() -> Clock.fixed(now.get(), ZoneOffset.UTC));

    @Test
    void afterTheFreeAttemptsAnAddressWaitsAndOtherAddressesAndPoolsDoNot() throws Exception {
        AddressThrottles.Pool lookups = pools.pool("lookups", 2, Duration.ofMinutes(30));
        lookups.count("10.0.0.1");
        assertThat(lookups.waitUntil("10.0.0.1")).isNull();
        lookups.count("10.0.0.1");
        assertThat(lookups.waitUntil("10.0.0.1")).isEqualTo(Instant.parse("2026-06-10T02:01:00Z"));
        assertThat(lookups.waitUntil("10.0.0.2")).isNull();
        assertThat(pools.pool("other", 2, Duration.ofMinutes(30)).waitUntil("10.0.0.1")).isNull();
        try (SecurityTestStore store = new SecurityTestStore()) {
            assertThat(AddressThrottle.loginThrottle(store.emf).waitUntil("10.0.0.1", now.get()))
                    .as("the login's throttle").isNull();
        }
        now.set(Instant.parse("2026-06-10T02:01:00Z"));
        assertThat(pools.pool("lookups", 2, Duration.ofMinutes(30)).waitUntil("10.0.0.1")).isNull();
    }
}
