package org.xueji.platform.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.security.SecurityMessages;

/**
 * The district's password policy (R2), pure Java: minimum length, character classes, not
 * the username, none of the last passwords, expiry, lockout after repeated failures.
 * Thresholds come from {@link SecurityConfig} ({@code org.xueji.security}).
 */
public final class PasswordPolicy {

    /** One reason a candidate password is refused. */
    public record Refusal(SecurityMessages key, Object... args) {
        public FieldError toFieldError(String field) {
            return new FieldError(field, key, args);
        }

        public String message(Locale locale) {
            return key.format(locale, args);
        }
    }

    private final int minLength;
    private final int minCharacterClasses;
    private final int historySize;
    private final int expiryDays;
    private final int maxFailedLogins;
    private final int lockoutMinutes;

    public PasswordPolicy(int minLength, int minCharacterClasses, int historySize, int expiryDays,
                          int maxFailedLogins, int lockoutMinutes) {
        if (minLength < 1 || minCharacterClasses < 1 || minCharacterClasses > 4 || historySize < 1 || expiryDays < 1
                || maxFailedLogins < 1 || lockoutMinutes < 1) {
            throw new IllegalArgumentException("invalid password policy");
        }
        this.minLength = minLength;
        this.minCharacterClasses = minCharacterClasses;
        this.historySize = historySize;
        this.expiryDays = expiryDays;
        this.maxFailedLogins = maxFailedLogins;
        this.lockoutMinutes = lockoutMinutes;
    }

    /** R2 defaults: 10 characters, 3 of 4 classes, last 5, 90 days, 5 failures, 15 minutes. */
    public static PasswordPolicy defaults() {
        return new PasswordPolicy(10, 3, 5, 90, 5, 15);
    }

    /**
     * R2's floor: what no configuration may weaken. A district may be stricter; a weaker value in
     * {@code etc/org.xueji.security.cfg} is raised to the floor (and logged), never obeyed.
     */
    public static final int FLOOR_MIN_LENGTH = 8;
    public static final int FLOOR_CHARACTER_CLASSES = 3;
    public static final int FLOOR_HISTORY_SIZE = 3;
    /** Passwords are changed at least twice a year (R2: "changes the password periodically"). */
    public static final int CEILING_EXPIRY_DAYS = 180;
    /** Repeated failures lock the account (R2): at the latest after 10. */
    public static final int CEILING_FAILED_LOGINS = 10;
    public static final int FLOOR_LOCKOUT_MINUTES = 5;

    private static final Logger LOG = LoggerFactory.getLogger(PasswordPolicy.class);

    /** From the configuration, held to R2's floor; values below it are raised to it and logged. */
    public static PasswordPolicy of(SecurityConfig c) {
        return new PasswordPolicy(
                atLeast("minLength", c.minLength(), FLOOR_MIN_LENGTH),
                Math.min(4, atLeast("minCharacterClasses", c.minCharacterClasses(), FLOOR_CHARACTER_CLASSES)),
                atLeast("historySize", c.historySize(), FLOOR_HISTORY_SIZE),
                atMost("expiryDays", Math.max(1, c.expiryDays()), CEILING_EXPIRY_DAYS),
                atMost("maxFailedLogins", Math.max(1, c.maxFailedLogins()), CEILING_FAILED_LOGINS),
                atLeast("lockoutMinutes", c.lockoutMinutes(), FLOOR_LOCKOUT_MINUTES));
    }

    private static int atLeast(String setting, int configured, int floor) {
        if (configured < floor) {
            LOG.warn("org.xueji.security {}={} is below the R2 floor; {} applies", setting, configured, floor);
            return floor;
        }
        return configured;
    }

    private static int atMost(String setting, int configured, int ceiling) {
        if (configured > ceiling) {
            LOG.warn("org.xueji.security {}={} is weaker than R2 allows; {} applies", setting, configured, ceiling);
            return ceiling;
        }
        return configured;
    }

    public int minLength() {
        return minLength;
    }

    public int minCharacterClasses() {
        return minCharacterClasses;
    }

    /** How many of the most recent passwords (the current one included) may not be chosen again. */
    public int historySize() {
        return historySize;
    }

    public int expiryDays() {
        return expiryDays;
    }

    public int maxFailedLogins() {
        return maxFailedLogins;
    }

    public int lockoutMinutes() {
        return lockoutMinutes;
    }

    /**
     * The rules that need no stored data: length, character classes, username. Safe to offer
     * to anyone (it says nothing about the account's passwords).
     */
    public List<Refusal> check(String username, char[] candidate) {
        List<Refusal> refusals = new ArrayList<>();
        int length = candidate == null ? 0 : Character.codePointCount(candidate, 0, candidate.length);
        if (length < minLength) {
            refusals.add(new Refusal(SecurityMessages.PASSWORD_TOO_SHORT, minLength));
        }
        if (characterClasses(candidate) < minCharacterClasses) {
            refusals.add(new Refusal(SecurityMessages.PASSWORD_CHARACTER_CLASSES, minCharacterClasses));
        }
        if (containsUsername(candidate, username)) {
            refusals.add(new Refusal(SecurityMessages.PASSWORD_IS_USERNAME));
        }
        return refusals;
    }

    /**
     * All rules, including reuse: {@code recentHashes} are the account's password hashes,
     * newest first, the current password first; the first {@link #historySize()} are refused.
     */
    public List<Refusal> check(String username, char[] candidate, List<String> recentHashes, PasswordHasher hasher) {
        List<Refusal> refusals = check(username, candidate);
        if (candidate != null && candidate.length > 0 && isReused(candidate, recentHashes, hasher)) {
            refusals.add(new Refusal(SecurityMessages.PASSWORD_REUSED, historySize));
        }
        return refusals;
    }

    /** Whether the candidate is one of the last {@link #historySize()} passwords. */
    public boolean isReused(char[] candidate, List<String> recentHashes, PasswordHasher hasher) {
        return recentHashes.stream().limit(historySize).anyMatch(h -> hasher.verify(candidate, h));
    }

    /** Number of character classes used: upper case, lower case, digits, anything else. */
    static int characterClasses(char[] candidate) {
        if (candidate == null) {
            return 0;
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < candidate.length; ) {
            int cp = Character.codePointAt(candidate, i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** Case-insensitive, without turning the password into a String. */
    static boolean containsUsername(char[] candidate, String username) {
        if (candidate == null || username == null || username.isBlank()) {
            return false;
        }
        char[] name = username.strip().toCharArray();
        outer:
        for (int start = 0; start + name.length <= candidate.length; start++) {
            for (int j = 0; j < name.length; j++) {
                if (!sameIgnoringCase(candidate[start + j], name[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b);
    }

    /** When a password changed at {@code changedAt} expires. */
    public Instant expiresAt(Instant changedAt) {
        return changedAt.plus(Duration.ofDays(expiryDays));
    }

    /** Expired once more than {@link #expiryDays()} days have passed (day 90 still valid, day 91 not). */
    public boolean isExpired(Instant changedAt, Instant now) {
        return changedAt == null || now.isAfter(expiresAt(changedAt));
    }

    /** The end of the lockout reached with this many consecutive failures, if any. */
    public Optional<Instant> lockedUntilAfter(int consecutiveFailures, Instant now) {
        return consecutiveFailures >= maxFailedLogins
                ? Optional.of(now.plus(Duration.ofMinutes(lockoutMinutes))) : Optional.empty();
    }
}
