package org.xueji.platform.persistence;

import javax.persistence.EntityManager;
import org.xueji.platform.api.audit.AuditEvent;

/**
 * Appends to the audit trail inside the caller's transaction (R7): the row is written with
 * the caller's EntityManager, so a rolled-back change leaves no audit row and a change never
 * commits without one. Provided as an OSGi service by the audit bundle.
 */
public interface AuditTrail {

    void append(EntityManager em, AuditEvent event);
}
