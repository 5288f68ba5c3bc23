package org.xueji.platform.persistence;

import javax.persistence.EntityManager;
import org.xueji.platform.api.audit.AuditEvent;

/**
 * Appends to the audit trail inside the caller's transaction (R7): the row is written with
 * the caller's EntityManager, so a rolled-back change leaves no audit row and a change never
 * commits without one. Provided as an OSGi service by the audit bundle.
 * <p>
 * Append as the transaction's last statement: the chain's head row ({@code AUD_HEAD}) is locked
 * from the append to the commit, and every other audited transaction of the district waits for
 * it meanwhile (a query after the append made the console's audited searches queue under load,
 * BENCHMARKS.md "Web console under load").
 */
public interface AuditTrail {

    void append(EntityManager em, AuditEvent event);

    /**
     * As {@link #append}, and returns the new row's number (its position in the chain), so that
     * a module's own record of the values — e.g. a student's record history — can name the
     * audit row that tells who changed what and when. A trail without numbered rows returns 0.
     */
    default long appendNumbered(EntityManager em, AuditEvent event) {
        append(em, event);
        return 0;
    }
}
