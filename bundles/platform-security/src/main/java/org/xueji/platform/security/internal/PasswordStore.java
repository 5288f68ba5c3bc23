package org.xueji.platform.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import org.xueji.platform.security.internal.entity.AccountEntity;
import org.xueji.platform.security.internal.entity.PasswordHistoryEntity;

/**
 * Stored password hashes and their history, shared by the holder's own password change
 * ({@link AccountServiceImpl}) and an administrator's reset ({@link AccountAdministration}).
 */
final class PasswordStore {

    private final Authenticator authenticator;

    PasswordStore(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The current hash first, then the previous ones, newest first. */
    static List<String> recentHashes(EntityManager em, AccountEntity a) {
        List<String> hashes = new ArrayList<>();
        hashes.add(a.passwordHash);
        history(em, a.id).forEach(h -> hashes.add(h.passwordHash));
        return hashes;
    }

    private static List<PasswordHistoryEntity> history(EntityManager em, long accountId) {
        return em.createQuery("select h from PasswordHistory h where h.accountId = :a "
                        + "order by h.changedAt desc, h.id desc", PasswordHistoryEntity.class)
                .setParameter("a", accountId).getResultList();
    }

    /** Stores a new hash, moving the old one into the history (keeping {@code historySize} entries). */
    void setPassword(EntityManager em, AccountEntity a, char[] newPassword, Instant now) {
        PasswordHistoryEntity previous = new PasswordHistoryEntity();
        previous.accountId = a.id;
        previous.passwordHash = a.passwordHash;
        previous.changedAt = now;
        em.persist(previous);
        em.flush();
        List<PasswordHistoryEntity> all = history(em, a.id);
        int keep = authenticator.policy().historySize();
        for (int i = keep; i < all.size(); i++) {
            em.remove(all.get(i));
        }
        a.passwordHash = authenticator.hasher().hash(newPassword);
        a.passwordChangedAt = now;
    }
}
