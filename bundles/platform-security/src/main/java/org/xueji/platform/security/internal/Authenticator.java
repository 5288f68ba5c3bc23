package org.xueji.platform.security.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.security.internal.entity.AccountEntity;

/**
 * Checks a username and password against the account store (R2), shared by the web login
 * ({@link AccountServiceImpl}) and the Karaf shell's JAAS realm. Runs in the caller's
 * transaction: the failure counter, the lockout and their audit rows are written together.
 */
final class Authenticator {

    enum Outcome {
        /** no such account (the caller audits it: the web login at once, the JAAS realm on abort) */
        UNKNOWN,
        /** locked before this attempt; the password was not checked */
        LOCKED,
        /** wrong password, counted; {@link Verdict#lockedUntil()} is set when this failure locked the account */
        WRONG_PASSWORD,
        /** right password, but the account is disabled */
        DISABLED,
        /** right password: failures reset */
        OK,
        /**
         * the client address waits after too many failures ({@link AddressThrottle}); nothing was
         * checked or counted; {@link Verdict#lockedUntil()} is when it may try again
         */
        THROTTLED
    }

    record Verdict(Outcome outcome, AccountEntity account, Instant lockedUntil) {
    }

    private final PlatformClock clock;
    private final AuditTrail audit;
    private final AddressThrottle throttle;
    private volatile PasswordPolicy policy;
    private volatile PasswordHasher hasher;
    /** compared against when the username is unknown, so that both cases take the same time */
    private volatile String decoyHash;

    Authenticator(PlatformClock clock, AuditTrail audit, PasswordPolicy policy, PasswordHasher hasher) {
        this(clock, audit, policy, hasher, new AddressThrottle(3, java.time.Duration.ofMinutes(60)));
    }

    Authenticator(PlatformClock clock, AuditTrail audit, PasswordPolicy policy, PasswordHasher hasher,
                  AddressThrottle throttle) {
        this.clock = clock;
        this.audit = audit;
        this.throttle = throttle;
        configure(policy, hasher);
    }

    AddressThrottle throttle() {
        return throttle;
    }

    void configure(PasswordPolicy newPolicy, PasswordHasher newHasher) {
        this.policy = newPolicy;
        this.hasher = newHasher;
        this.decoyHash = null;
    }

    PasswordPolicy policy() {
        return policy;
    }

    PasswordHasher hasher() {
        return hasher;
    }

    Instant now() {
        return clock.now();
    }

    PlatformClock clock() {
        return clock;
    }

    /**
     * Refuses a client address that must wait ({@link AddressThrottle}, audited
     * {@code login.failed}, reason {@code address-throttled}) before anything else. Then locks the
     * account row: locked → LOCKED (audited {@code login.locked}); wrong
     * password → counted, locked at the threshold (audited {@code login.failed}); disabled →
     * DISABLED (audited {@code login.failed}); otherwise OK with the failures reset and the hash
     * upgraded when the configured iteration count was raised. Never changes the password array.
     *
     * @param channel {@code web}, {@code shell} or {@code password-change}, recorded in the audit row
     */
    Verdict check(EntityManager em, String username, char[] password, String clientAddress, String channel,
                  Instant now) {
        String host = ClientAddresses.host(clientAddress);
        Instant waitUntil = throttle.waitUntil(host, now);
        if (waitUntil != null) {
            // before any look-up: a waiting address neither learns anything nor counts towards a lockout
            Actor actor = AccountRecords.unknownActor(username, clientAddress);
            audit.append(em, AuditEvent.of(actor, "login.failed", "account", actor.username(), null)
                    .withChanges(details(channel, "reason", "address-throttled", "retryAt", waitUntil.toString())));
            return new Verdict(Outcome.THROTTLED, null, waitUntil);
        }
        Verdict v = checkAccount(em, username, password, clientAddress, channel, now);
        if (v.outcome() != Outcome.OK) {
            throttle.failed(host, now);
        }
        return v;
    }

    private Verdict checkAccount(EntityManager em, String username, char[] password, String clientAddress,
                                 String channel, Instant now) {
        AccountEntity a = AccountRecords.findForUpdate(em, username);
        PasswordHasher h = hasher;
        if (a == null) {
            h.verify(password, decoy(h));
            return new Verdict(Outcome.UNKNOWN, null, null);
        }
        Actor actor = AccountRecords.actorOf(a, clientAddress);
        if (a.lockedUntil != null && a.lockedUntil.isAfter(now)) {
            audit.append(em, event(actor, "login.locked", a, channel).withChanges(details(channel,
                    "lockedUntil", a.lockedUntil.toString(), "failedLogins", a.failedLogins)));
            return new Verdict(Outcome.LOCKED, a, a.lockedUntil);
        }
        if (a.lockedUntil != null) {
            // the lockout period is over: the count starts again
            a.lockedUntil = null;
            a.failedLogins = 0;
        }
        if (!h.verify(password, a.passwordHash)) {
            a.failedLogins++;
            Optional<Instant> lockedUntil = policy.lockedUntilAfter(a.failedLogins, now);
            lockedUntil.ifPresent(t -> a.lockedUntil = t);
            Map<String, Object> d = details(channel, "reason", "wrong-password", "failedLogins", a.failedLogins);
            lockedUntil.ifPresent(t -> d.put("lockedUntil", t.toString()));
            audit.append(em, event(actor, "login.failed", a, channel).withChanges(d));
            return new Verdict(Outcome.WRONG_PASSWORD, a, lockedUntil.orElse(null));
        }
        a.failedLogins = 0;
        if (!a.enabled) {
            audit.append(em, event(actor, "login.failed", a, channel).withChanges(details(channel,
                    "reason", "disabled")));
            return new Verdict(Outcome.DISABLED, a, null);
        }
        if (h.needsRehash(a.passwordHash)) {
            a.passwordHash = h.hash(password);
        }
        return new Verdict(Outcome.OK, a, null);
    }

    /** Audits a failed login with a name that is no account, as that name without a role. */
    void auditUnknown(EntityManager em, String typedName, String clientAddress, String channel) {
        Actor actor = AccountRecords.unknownActor(typedName, clientAddress);
        audit.append(em, AuditEvent.of(actor, "login.failed", "account", actor.username(), null)
                .withChanges(details(channel, "reason", "unknown-account")));
    }

    static AuditEvent event(Actor actor, String action, AccountEntity a, String channel) {
        return AuditEvent.of(actor, action, "account", a.username, a.schoolId);
    }

    /** An ordered detail map: channel first, then key/value pairs (nulls left out). */
    static Map<String, Object> details(String channel, Object... keyValues) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (channel != null) {
            d.put("channel", channel);
        }
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                d.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
            }
        }
        return d;
    }

    private String decoy(PasswordHasher h) {
        String d = decoyHash;
        if (d == null) {
            char[] random = java.util.UUID.randomUUID().toString().toCharArray();
            d = h.hash(random);
            AccountRecords.wipe(random);
            decoyHash = d;
        }
        return d;
    }
}
