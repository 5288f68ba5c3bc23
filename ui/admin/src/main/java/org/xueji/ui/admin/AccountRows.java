package org.xueji.ui.admin;

import java.time.Instant;
import java.util.Locale;
import org.xueji.platform.api.security.Account;

/** Filtering and state of account rows in the account grid (R2). */
public final class AccountRows {

    /** Locked now (after repeated failures, until {@code lockedUntil}). */
    public static boolean locked(Account a, Instant now) {
        return a.lockedUntil() != null && a.lockedUntil().isAfter(now);
    }

    /**
     * Whether the row matches the filter text: a case-insensitive part of the user name, name,
     * role label, school name or phone. Blank text matches every row.
     */
    public static boolean matches(Account a, String schoolName, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(a.username(), needle) || contains(a.displayName(), needle)
                || a.role() != null && (contains(a.role().label(), needle) || contains(a.role().name(), needle))
                || contains(schoolName, needle) || contains(a.phone(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private AccountRows() {
    }
}
