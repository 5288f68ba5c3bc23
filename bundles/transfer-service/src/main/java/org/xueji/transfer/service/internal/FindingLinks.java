package org.xueji.transfer.service.internal;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.finding.FindingSettlement;
import org.xueji.registry.api.finding.PresenceFindings;
import org.xueji.transfer.service.internal.entity.ChangeEntity;

/**
 * R18 one-click start: the optional {@link PresenceFindings} of the module holding the 人籍一致 findings
 * (never a required bundle), and the settling of the findings of approved transfers started from them.
 * Settling runs after the approval committed (a separate persistence unit, no XA): right after a decision
 * made through this module, and on every follow-up run for decisions made in the 待办 inbox or while the
 * findings' module was not running; a change is marked once its finding is settled (or found resolved).
 */
final class FindingLinks {

    private static final Logger LOG = LoggerFactory.getLogger(FindingLinks.class);
    /** Settles for the district: the transfer was approved by its deciders, the finding's school is in scope. */
    static final Actor SETTLER = Actor.system("transfer-finding");

    private volatile PresenceFindings findings;

    void bind(PresenceFindings service) {
        findings = service;
    }

    void unbind(PresenceFindings service) {
        if (findings == service) {
            findings = null;
        }
    }

    Optional<PresenceFindings> service() {
        return Optional.ofNullable(findings);
    }

    /** Settles the findings of approved transfers not settled yet; how many were settled now. */
    int settleApproved(Transactions tx) {
        if (findings == null) {
            return 0;
        }
        return settle(tx, tx.read(em -> em.createQuery("select c.id, c.findingId from TransferChange c "
                + "where c.findingId is not null and c.findingSettled = false and c.status = 'APPROVED' "
                + "order by c.id", Object[].class).setMaxResults(500).getResultList()));
    }

    /** Settles the finding of one change if it is an approved transfer from a finding not settled yet. */
    int settleChange(Transactions tx, long id) {
        if (findings == null) {
            return 0;
        }
        return settle(tx, tx.read(em -> em.createQuery("select c.id, c.findingId from TransferChange c "
                + "where c.id = :id and c.findingId is not null and c.findingSettled = false "
                + "and c.status = 'APPROVED'", Object[].class).setParameter("id", id).getResultList()));
    }

    private int settle(Transactions tx, List<Object[]> open) {
        PresenceFindings service = findings;
        if (service == null) {
            return 0;
        }
        int settled = 0;
        for (Object[] row : open) {
            long changeId = (Long) row[0];
            long findingId = (Long) row[1];
            try {
                if (service.settle(SETTLER, findingId, FindingSettlement.TRANSFERRED_IN, "transfer:" + changeId)) {
                    settled++;
                }
                // settled now, before, or resolved otherwise by the school: nothing left to do either way
                tx.inTransaction(em -> {
                    em.find(ChangeEntity.class, changeId).findingSettled = true;
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("Finding {} of change {} not settled yet, retried on the next run: {}", findingId, changeId,
                        e.toString());
            }
        }
        return settled;
    }
}
