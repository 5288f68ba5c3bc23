package org.xueji.platform.security.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failure times in this JVM (the named pools of modules, and tests): a restart clears them.
 * Bounded: the least recently used addresses are forgotten beyond {@link #MAX_ADDRESSES}.
 */
final class MemoryFailureLog implements FailureLog {

    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

    @Override
    public synchronized Recent recent(String address, Instant since) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return null;
        }
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.pollFirst();
        }
        if (times.isEmpty()) {
            failures.remove(address);
            return null;
        }
        return new Recent(times.size(), times.peekLast());
    }

    @Override
    public synchronized void add(String address, Instant at, Instant forgetBefore) {
        failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(at);
        if (failures.size() > MAX_ADDRESSES) {
            Iterator<String> eldest = failures.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    @Override
    public synchronized boolean clear(String address) {
        return failures.remove(address) != null;
    }
}
