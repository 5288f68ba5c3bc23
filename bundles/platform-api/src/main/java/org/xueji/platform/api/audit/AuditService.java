package org.xueji.platform.api.audit;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * Reading and checking the audit trail, and recording events that have no business
 * transaction of their own (logins, failed logins, exports). Changes made by services
 * are recorded with {@code org.xueji.platform.persistence.AuditTrail} in their own transaction.
 */
public interface AuditService {

    /** Appends an event in a transaction of its own. */
    void record(AuditEvent event);

    long count(Actor actor, AuditQuery query);

    /** Newest first. The search itself is not audited; exports of it are. */
    List<AuditRecord> search(Actor actor, AuditQuery query, int offset, int limit);

    /** Recomputes the chain from the first row; names the first broken row. */
    ChainVerification verify(Actor actor);
}
