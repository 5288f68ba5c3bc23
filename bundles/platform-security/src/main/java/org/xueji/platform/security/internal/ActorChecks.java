package org.xueji.platform.security.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
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
 * <p>
 * {@link #changed()} counts the changes of this JVM only. Another node on the same database
 * (issue 13, two nodes) may replace a session or disable an account without this node knowing,
 * so a positive answer is also trusted for at most {@link #TRUSTED_FOR}: a session ended on the
 * other node is refused here within that time (R2 across nodes), at the cost of one primary-key
 * read per actor and period.
 */
final class ActorChecks {

    /** How long a positive answer is trusted without a change of this JVM. */
    static final Duration TRUSTED_FOR = Duration.ofSeconds(2);

    private final Transactions tx;
    private final LongSupplier nanoTime;
    /** Counts committed changes; a check trusts its last positive answer while this is unchanged. */
    private final AtomicLong generation = new AtomicLong();

    ActorChecks(Transactions tx) {
        this(tx, System::nanoTime);
    }

    /** With the time source of {@link #TRUSTED_FOR} (tests move it). */
    ActorChecks(Transactions tx, LongSupplier nanoTime) {
        this.tx = tx;
        this.nanoTime = nanoTime;
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
        /** When (nanoTime) the database last said "current". */
        private volatile long verifiedAtNanos;
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
            long now = nanoTime.getAsLong();
            if (seen == verifiedAt && now - verifiedAtNanos < TRUSTED_FOR.toNanos()) {
                return true;
            }
            boolean current = check.getAsBoolean();
            if (current) {
                verifiedAtNanos = now;
                verifiedAt = seen;
            } else {
                stale = true;
            }
            return current;
        }
    }
}
