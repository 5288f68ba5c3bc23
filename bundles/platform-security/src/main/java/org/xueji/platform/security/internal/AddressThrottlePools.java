package org.xueji.platform.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.throttle.AddressThrottles;

/**
 * The login's {@link AddressThrottle} offered to modules by pool name (issue 12: the public
 * admission pages). Each pool is its own throttle: a family's lookups never make anyone wait at
 * the login, nor the other way round.
 */
@Component(service = AddressThrottles.class)
public class AddressThrottlePools implements AddressThrottles {

    private final PlatformClock clock;
    private final ConcurrentMap<String, AddressThrottle> pools = new ConcurrentHashMap<>();

    @Activate
    public AddressThrottlePools(@Reference PlatformClock clock) {
        this.clock = clock;
    }

    @Override
    public Pool pool(String name, int freeAttempts, Duration maxWait) {
        AddressThrottle throttle = pools.computeIfAbsent(name, n -> new AddressThrottle(freeAttempts, maxWait));
        throttle.configure(freeAttempts, maxWait);
        return new Pool() {
            @Override
            public Instant waitUntil(String address) {
                return throttle.waitUntil(address, clock.now());
            }

            @Override
            public void count(String address) {
                throttle.failed(address, clock.now());
            }
        };
    }
}
