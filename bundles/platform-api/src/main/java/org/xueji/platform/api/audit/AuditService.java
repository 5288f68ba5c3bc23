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

    /**
     * Recomputes the chain from the first row; names the first broken row. Also checks the
     * head's seal and every anchor exported outside the database, so a chain rewritten and
     * recomputed in the database is reported too.
     */
    ChainVerification verify(Actor actor);

    /** Exports the chain's head, signed, outside the database now (besides the periodic export). */
    ChainAnchor anchor(Actor actor);

    /**
     * After a reported rewrite has been investigated: seals the head again, so that the rows written
     * from now on are protected and anchored again. Until then every append leaves the head
     * unsealed (a seal over a rewrite would bless it) and the verification keeps reporting it. The
     * audit row {@code audit.resealed} keeps what the verification reported and the case
     * reference. Refused while the chain verifies ({@link AuditMessages#CHAIN_INTACT}) and when
     * the rows themselves are broken, which no seal covers ({@link AuditMessages#ROWS_BROKEN}).
     * A district auditor's task.
     *
     * @param caseReference the investigation's document number, e.g. 岳教审〔2026〕3号 (≤ 100 characters)
     * @return the verification after the reseal
     */
    ChainVerification resealHead(Actor actor, String caseReference);
}
