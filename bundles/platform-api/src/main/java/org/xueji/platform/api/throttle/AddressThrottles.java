package org.xueji.platform.api.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * Named per-address throttles (platform-security's login throttle, one instance per pool name):
 * after {@code freeAttempts} counted attempts of one address within 24 hours the address waits
 * before the next one — one minute, doubling with each further attempt, at most {@code maxWait}.
 * Kept in memory (a restart clears it), bounded in the number of addresses.
 */
public interface AddressThrottles {

    /** The pool of this name, created on first use with these limits (later calls reconfigure it). */
    Pool pool(String name, int freeAttempts, Duration maxWait);

    /** One pool: what is counted is the caller's choice (failed lookups, every submission, …). */
    interface Pool {
        /** When the address may try again, or {@code null} when it may try now. */
        Instant waitUntil(String address);

        /** Counts an attempt of the address. */
        void count(String address);
    }
}
