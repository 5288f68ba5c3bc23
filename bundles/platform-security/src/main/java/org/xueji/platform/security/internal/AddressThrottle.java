package org.xueji.platform.security.internal;

import java.time.Duration;
import java.time.Instant;
import javax.persistence.EntityManagerFactory;
import org.xueji.platform.persistence.Transactions;

/**
 * Per-address throttling that comes before the account lockout (R2, issue 16): after
 * {@code freeFailures} failed logins from one client address within {@link #WINDOW}, that
 * address waits before its next attempt — one minute, doubling with each further failure, at
 * most {@code maxWait}. Waiting attempts are refused without checking the password, so they
 * never count towards an account's lockout: guessing from one address can no longer keep the
 * district administrator locked out. Success does not clear an address (a second account on
 * the same address must not buy more guesses); failures age out of the window.
 *
 * <p>The failures are kept in a {@link FailureLog}: the logins (web and shell) use the database
 * ({@link DatabaseFailureLog}), so every node of one database counts the same failures (issue 13)
 * and a restart clears nothing; the named pools of modules keep theirs in memory
 * ({@link MemoryFailureLog}, bounded to {@link MemoryFailureLog#MAX_ADDRESSES} addresses).
 */
final class AddressThrottle {

    static final Duration WINDOW = Duration.ofHours(24);
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    /** The pool name of the login's failures in SEC_ADDRESS_FAILURE. */
    static final String LOGIN_POOL = "login";

    private volatile int freeFailures;
    private volatile Duration maxWait;
    private final FailureLog failures;

    /**
     * The throttle of the web and the shell login: failures in the database, pool
     * {@value #LOGIN_POOL}, limits from the configuration ({@code AccountServiceImpl.configureThrottle}).
     */
    static AddressThrottle loginThrottle(EntityManagerFactory securityUnit) {
        return new AddressThrottle(3, Duration.ofMinutes(60),
                new DatabaseFailureLog(new Transactions(securityUnit), LOGIN_POOL));
    }

    /** Failures in memory. */
    AddressThrottle(int freeFailures, Duration maxWait) {
        this(freeFailures, maxWait, new MemoryFailureLog());
    }

    AddressThrottle(int freeFailures, Duration maxWait, FailureLog failures) {
        this.failures = failures;
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
    Instant waitUntil(String address, Instant now) {
        FailureLog.Recent recent = failures.recent(key(address), now.minus(WINDOW));
        if (recent == null || recent.count() < freeFailures) {
            return null;
        }
        int beyond = recent.count() - freeFailures;
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(beyond, 20));
        if (wait.compareTo(maxWait) > 0) {
            wait = maxWait;
        }
        Instant until = recent.last().plus(wait);
        return until.isAfter(now) ? until : null;
    }

    /** Counts a failed attempt (wrong password, unknown name, locked or disabled account). */
    void failed(String address, Instant now) {
        failures.add(key(address), now, now.minus(WINDOW));
    }

    /** Forgets an address (an operator's decision, e.g. after checking who was behind it). */
    boolean clear(String address) {
        return failures.clear(key(address));
    }

    /** {@link #clear(String)} in the caller's transaction (with its audit row). */
    boolean clear(String address, javax.persistence.EntityManager em) {
        return failures.clear(key(address), em);
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "?" : address;
    }
}
