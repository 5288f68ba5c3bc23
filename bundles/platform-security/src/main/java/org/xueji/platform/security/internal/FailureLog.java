package org.xueji.platform.security.internal;

import java.time.Instant;
import javax.persistence.EntityManager;

/** Where an {@link AddressThrottle} keeps the failure times of each address. */
interface FailureLog {

    /** The address's failures since {@code since}, or {@code null} when it has none. */
    Recent recent(String address, Instant since);

    /** Records a failure at {@code at}; failures before {@code forgetBefore} may be dropped. */
    void add(String address, Instant at, Instant forgetBefore);

    /** Forgets the address; {@code true} when it had failures. */
    boolean clear(String address);

    /**
     * Forgets the address in the caller's transaction of the security unit (with the audit row
     * that records it); a log outside the database has no transaction to join.
     */
    default boolean clear(String address, EntityManager em) {
        return clear(address);
    }

    /** How many failures an address has in the window and when the last one was. */
    record Recent(int count, Instant last) {
    }
}
