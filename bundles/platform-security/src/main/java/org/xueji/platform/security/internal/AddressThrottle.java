package org.xueji.platform.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-address throttling that comes before the account lockout (R2, issue 16): after
 * {@code freeFailures} failed logins from one client address within {@link #WINDOW}, that
 * address waits before its next attempt — one minute, doubling with each further failure, at
 * most {@code maxWait}. Waiting attempts are refused without checking the password, so they
 * never count towards an account's lockout: guessing from one address can no longer keep the
 * district administrator locked out. Success does not clear an address (a second account on
 * the same address must not buy more guesses); failures age out of the window.
 *
 * <p>Kept in memory, shared by the web login and the shell login of this Karaf (a restart
 * clears it). Bounded: the oldest addresses are forgotten beyond {@link #MAX_ADDRESSES}.
 */
final class AddressThrottle {

    static final Duration WINDOW = Duration.ofHours(24);
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final int MAX_ADDRESSES = 10_000;

    /** The throttle of this bundle, shared by the web login and the shell realm. */
    static final AddressThrottle SHARED = new AddressThrottle(3, Duration.ofMinutes(60));

    private volatile int freeFailures;
    private volatile Duration maxWait;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

    AddressThrottle(int freeFailures, Duration maxWait) {
        configure(freeFailures, maxWait);
    }

    void configure(int newFreeFailures, Duration newMaxWait) {
        this.freeFailures = Math.max(1, newFreeFailures);
        this.maxWait = newMaxWait.compareTo(FIRST_WAIT) < 0 ? FIRST_WAIT : newMaxWait;
    }

    int freeFailures() {
        return freeFailures;
    }

    /** When the address may try again, or {@code null} when it may try now. */
    synchronized Instant waitUntil(String address, Instant now) {
        Deque<Instant> times = recent(address, now);
        if (times == null || times.size() < freeFailures) {
            return null;
        }
        int beyond = times.size() - freeFailures;
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(beyond, 20));
        if (wait.compareTo(maxWait) > 0) {
            wait = maxWait;
        }
        Instant until = times.peekLast().plus(wait);
        return until.isAfter(now) ? until : null;
    }

    /** Counts a failed attempt (wrong password, unknown name, locked or disabled account). */
    synchronized void failed(String address, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key(address), a -> new ArrayDeque<>());
        times.addLast(now);
        if (failures.size() > MAX_ADDRESSES) {
            Iterator<String> eldest = failures.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /** Forgets an address (an operator's decision, e.g. after checking who was behind it). */
    synchronized boolean clear(String address) {
        return failures.remove(key(address)) != null;
    }

    private Deque<Instant> recent(String address, Instant now) {
        Deque<Instant> times = failures.get(key(address));
        if (times == null) {
            return null;
        }
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.pollFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key(address));
            return null;
        }
        return times;
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "?" : address;
    }
}
