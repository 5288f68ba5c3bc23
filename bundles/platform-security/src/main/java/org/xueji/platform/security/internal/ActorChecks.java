package org.xueji.platform.security.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.xueji.platform.api.ActorValidity;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.security.internal.entity.AccountEntity;
import org.xueji.platform.security.internal.entity.SessionEntity;

/**
 * The checks the account service attaches to the actors it issues (issue 16 item 7). The
 * database decides; it is asked again only after the account service committed a change that
 * can end a session or alter an account ({@link #changed()}: logins that replace a session,
 * logouts, idle expiry, disabling, resets, new role/school/classes), so that the many
 * {@code require…} calls of a service method or an import cost nothing in between. Every path
 * that removes a session row or changes an account's role, school, classes or state must call
 * {@link #changed()} after its commit. Once a check has found an actor stale it stays stale: a
 * session never becomes current again.
 */
final class ActorChecks {

    private final Transactions tx;
    /** Counts committed changes; a check trusts its last positive answer while this is unchanged. */
    private final AtomicLong generation = new AtomicLong();

    ActorChecks(Transactions tx) {
        this.tx = tx;
    }

    /**
     * A console login: current while the account's session row still names this session.
     * Disabling, a password reset and a change of role, school or classes remove that row, as
     * do a newer login (R2), logout and the idle timeout.
     */
    ActorValidity session(long accountId, String sessionId) {
        return remembered(() -> tx.read(em -> {
            SessionEntity s = em.find(SessionEntity.class, accountId);
            return s != null && s.sessionId.equals(sessionId);
        }));
    }

    /**
     * An actor without a console session (the Karaf shell's, looked up per command): current
     * while the account is enabled and keeps the role, school and classes it had.
     */
    ActorValidity account(AccountEntity issued) {
        long id = issued.id;
        String role = issued.role;
        Long school = issued.schoolId;
        String classes = issued.classIds;
        return remembered(() -> tx.read(em -> {
            AccountEntity a = em.find(AccountEntity.class, id);
            return a != null && a.enabled && role.equals(a.role) && Objects.equals(school, a.schoolId)
                    && Objects.equals(classes, a.classIds);
        }));
    }

    /** Called after the commit of a change that may make issued actors stale. */
    void changed() {
        generation.incrementAndGet();
    }

    /** A database check asked once per {@link #changed() change}; a negative answer is final. */
    ActorValidity remembered(BooleanSupplier databaseCheck) {
        return new Remembered(databaseCheck);
    }

    private final class Remembered implements ActorValidity {
        private final BooleanSupplier check;
        /** The generation at which the database last said "current"; -1: never asked. */
        private volatile long verifiedAt = -1;
        private volatile boolean stale;

        Remembered(BooleanSupplier check) {
            this.check = check;
        }

        @Override
        public boolean isCurrent() {
            if (stale) {
                return false;
            }
            // read before asking the database: a change committed meanwhile bumps it past this value
            long seen = generation.get();
            if (seen == verifiedAt) {
                return true;
            }
            boolean current = check.getAsBoolean();
            if (current) {
                verifiedAt = seen;
            } else {
                stale = true;
            }
            return current;
        }
    }
}
