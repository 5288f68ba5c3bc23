package org.xueji.platform.security.internal;

import java.time.Instant;
import javax.persistence.EntityManager;
import org.xueji.platform.persistence.Transactions;

/**
 * Failure times in SEC_ADDRESS_FAILURE (changeset 003-address-failures), shared by every node on
 * the database (issue 13): an address gets its free failures once, not once per node. Each
 * call runs in a transaction of its own, so a failure counts whatever becomes of the login's
 * transaction, as it did in memory. Each new failure deletes the rows older than the window.
 */
final class DatabaseFailureLog implements FailureLog {

    /** SEC_ADDRESS_FAILURE.ADDRESS is VARCHAR(100); an address is an IP literal or a host name. */
    private static final int MAX_ADDRESS = 100;

    private final Transactions tx;
    private final String pool;

    /** @param pool whose failures these are, e.g. {@code login} */
    DatabaseFailureLog(Transactions tx, String pool) {
        this.tx = tx;
        this.pool = pool;
    }

    @Override
    public Recent recent(String address, Instant since) {
        Object[] row = tx.read(em -> (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(FAILED_MILLIS)"
                        + " FROM SEC_ADDRESS_FAILURE WHERE POOL = ? AND ADDRESS = ? AND FAILED_MILLIS >= ?")
                .setParameter(1, pool).setParameter(2, stored(address)).setParameter(3, since.toEpochMilli())
                .getSingleResult());
        int count = ((Number) row[0]).intValue();
        return count == 0 ? null : new Recent(count, Instant.ofEpochMilli(((Number) row[1]).longValue()));
    }

    @Override
    public void add(String address, Instant at, Instant forgetBefore) {
        tx.run(em -> {
            em.createNativeQuery("DELETE FROM SEC_ADDRESS_FAILURE WHERE FAILED_MILLIS < ?")
                    .setParameter(1, forgetBefore.toEpochMilli()).executeUpdate();
            em.createNativeQuery("INSERT INTO SEC_ADDRESS_FAILURE (POOL, ADDRESS, FAILED_MILLIS) VALUES (?, ?, ?)")
                    .setParameter(1, pool).setParameter(2, stored(address)).setParameter(3, at.toEpochMilli())
                    .executeUpdate();
        });
    }

    @Override
    public boolean clear(String address) {
        return tx.inTransaction(em -> clear(address, em));
    }

    @Override
    public boolean clear(String address, EntityManager em) {
        return em.createNativeQuery("DELETE FROM SEC_ADDRESS_FAILURE WHERE POOL = ? AND ADDRESS = ?")
                .setParameter(1, pool).setParameter(2, stored(address)).executeUpdate() > 0;
    }

    private static String stored(String address) {
        return address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
    }
}
