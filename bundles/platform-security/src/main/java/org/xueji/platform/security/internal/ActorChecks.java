package org.xueji.platform.security.internal;

import java.util.Objects;
import org.xueji.platform.api.ActorValidity;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.security.internal.entity.AccountEntity;
import org.xueji.platform.security.internal.entity.SessionEntity;

/**
 * The checks the account service attaches to the actors it issues (issue 16 item 7), read
 * from the database on every check so that a change made by an administrator — in the
 * console, the shell or another node's transaction — counts at once. Once a check has found
 * the actor stale it stays stale: a session never becomes current again.
 */
final class ActorChecks {

    private final Transactions tx;

    ActorChecks(Transactions tx) {
        this.tx = tx;
    }

    /**
     * A console login: current while the account's session row still names this session.
     * Disabling, a password reset and a change of role, school or classes remove that row, as
     * do a newer login (R2), logout and the idle timeout.
     */
    ActorValidity session(long accountId, String sessionId) {
        return new Sticky(() -> tx.read(em -> {
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
        return new Sticky(() -> tx.read(em -> {
            AccountEntity a = em.find(AccountEntity.class, id);
            return a != null && a.enabled && role.equals(a.role) && Objects.equals(school, a.schoolId)
                    && Objects.equals(classes, a.classIds);
        }));
    }

    /** Remembers a negative answer; asks again after every positive one. */
    private static final class Sticky implements ActorValidity {
        private final ActorValidity check;
        private volatile boolean stale;

        Sticky(ActorValidity check) {
            this.check = check;
        }

        @Override
        public boolean isCurrent() {
            if (stale) {
                return false;
            }
            boolean current = check.isCurrent();
            stale = !current;
            return current;
        }
    }
}
