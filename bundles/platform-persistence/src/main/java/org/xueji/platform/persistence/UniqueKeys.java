package org.xueji.platform.persistence;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a unique-key violation from other database errors. A check in the service ("is there one
 * already?") cannot see a concurrent insert that has not committed; the database's unique key
 * does, and the loser of that race gets this violation where the check would have refused it.
 */
public final class UniqueKeys {

    /** SQL state of a unique or primary key violation, on Derby and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    /** Whether {@code e}, or an exception it was caused by, is a unique-key violation. */
    public static boolean violated(Throwable e) {
        return violation(e) != null;
    }

    /**
     * Whether {@code e} is a violation of the named unique key. Both databases name the key in the
     * message (Derby as written, PostgreSQL in lower case), which is how one key is told from another.
     */
    public static boolean violated(Throwable e, String constraintName) {
        SQLException sql = violation(e);
        return sql != null && sql.getMessage() != null
                && sql.getMessage().toUpperCase(Locale.ROOT).contains(constraintName.toUpperCase(Locale.ROOT));
    }

    private static SQLException violation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return sql;
            }
        }
        return null;
    }

    private UniqueKeys() {
    }
}
