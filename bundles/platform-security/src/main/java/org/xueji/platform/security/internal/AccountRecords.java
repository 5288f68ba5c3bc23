package org.xueji.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.security.internal.entity.AccountEntity;

/** Mapping, look-ups and small helpers shared by the account service, the JAAS realm and the tests. */
final class AccountRecords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Usernames are compared in lower case without surrounding blanks; {@code null} when blank. */
    static String normalise(String username) {
        if (username == null) {
            return null;
        }
        String s = username.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    /** A name typed by an unknown caller, safe to write to the audit trail. */
    static String printable(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = text.codePoints().filter(cp -> !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return s.length() > max ? s.substring(0, max) : s;
    }

    static AccountEntity find(EntityManager em, String username) {
        if (username == null) {
            return null;
        }
        List<AccountEntity> found = em.createQuery("select a from Account a where a.username = :u", AccountEntity.class)
                .setParameter("u", username).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Finds the account and locks its row until the transaction ends, so that concurrent logins
     * of one account are counted one after the other (lockout cannot be raced).
     */
    static AccountEntity findForUpdate(EntityManager em, String username) {
        if (username == null) {
            return null;
        }
        List<AccountEntity> found = em.createQuery("select a from Account a where a.username = :u", AccountEntity.class)
                .setParameter("u", username).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static Role role(AccountEntity a) {
        return Role.valueOf(a.role);
    }

    static Set<Long> classIds(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String classIdsText(Set<Long> ids) {
        return ids == null || ids.isEmpty() ? null
                : new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Actor actorOf(AccountEntity a, String clientAddress) {
        return Actor.of(a.username, a.displayName, role(a), a.schoolId, classIds(a.classIds), clientAddress);
    }

    /** The audit actor of a failed login with a name that is no account: that name, no role. */
    static Actor unknownActor(String typedName, String clientAddress) {
        String name = printable(typedName, 64);
        return new Actor(name.isEmpty() ? "?" : name, null, null, null, Set.of(), Set.of(), clientAddress);
    }

    static Account toAccount(AccountEntity a) {
        return new Account(a.id, a.username, a.displayName, role(a), a.schoolId, classIds(a.classIds), a.enabled,
                a.demo, a.mustChange, a.passwordChangedAt, a.lockedUntil, a.failedLogins, a.lastLoginAt, a.phone);
    }

    /** The same account without login state, for people who may see who holds a role but not manage it. */
    static Account withoutLoginState(Account a) {
        return new Account(a.id(), a.username(), a.displayName(), a.role(), a.schoolId(), a.classIds(), a.enabled(),
                a.demo(), false, null, null, 0, null, a.phone());
    }

    /** Session ids are credentials: the audit trail only keeps a short fingerprint. */
    static String fingerprint(String sessionId) {
        if (sessionId == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A time for messages and the shell, in the platform clock's zone. */
    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.withZone(zone).format(instant);
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    private AccountRecords() {
    }
}
