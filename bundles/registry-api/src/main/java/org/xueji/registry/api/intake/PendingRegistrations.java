package org.xueji.registry.api.intake;

import java.util.Collection;
import javax.persistence.EntityManager;

/**
 * Implemented by enrollment: pending registrations (新生注册 to complete) offered by another
 * module's decision.
 */
public interface PendingRegistrations {

    /**
     * Stores the offers as pending registrations with SQL on the caller's EntityManager, inside
     * the caller's transaction (a failing insert rolls the caller's decision back). Idempotent:
     * an offer whose source and reference are already stored (pending or completed) is skipped.
     * The caller has checked its own permission and scope for the decision.
     *
     * @return offers stored now (not counting those already there)
     */
    int offer(EntityManager em, Collection<IntakeOffer> offers);
}
