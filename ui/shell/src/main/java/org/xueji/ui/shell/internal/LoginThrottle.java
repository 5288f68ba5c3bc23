package org.xueji.ui.shell.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles login attempts per client address (web hardening): at most {@code maxAttempts}
 * in a sliding window. Account lockout (R2) protects one account; this protects against one
 * address trying many accounts.
 */
final class LoginThrottle {

    private final int maxAttempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    LoginThrottle(int maxAttempts, Duration window, Clock clock) {
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.clock = clock;
    }

    /** Records an attempt; false when the address has used up its attempts for now. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        Deque<Instant> times = attempts.computeIfAbsent(address == null ? "?" : address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= maxAttempts) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
