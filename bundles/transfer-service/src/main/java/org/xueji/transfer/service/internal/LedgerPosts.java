package org.xueji.transfer.service.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.service.internal.entity.ChangeEntity;

/**
 * Incidents of the transfer module in the monthly ledger, posted after commit when the ledger
 * is installed (optional): R11 a transfer request submitted without meeting the admission
 * conditions; a district override of R8. R17 lapses are posted by the ledger itself from the
 * workflow's lapse events. A reference per change, so a retry never doubles an entry.
 */
final class LedgerPosts {

    static final String MODULE = "transfer";
    private static final Logger LOG = LoggerFactory.getLogger(LedgerPosts.class);

    private final AtomicReference<LedgerService> service = new AtomicReference<>();

    void bind(LedgerService s) {
        service.set(s);
    }

    void unbind(LedgerService s) {
        service.compareAndSet(s, null);
    }

    void afterSubmit(Actor actor, ChangeEntity e, LocalDate today) {
        if (!ChangeType.TRANSFER.id().equals(e.type) && !ChangeType.TRANSFER_IN.id().equals(e.type)) {
            return;
        }
        if (!e.conditionsMet) {
            post(actor, new IncidentPost(IncidentType.R11_ADMISSION_CONDITIONS, MODULE, e.toSchoolId, today,
                    IncidentText.R11_SUBMITTED_WITHOUT_CONDITIONS, List.of(String.valueOf(e.id),
                    String.valueOf(e.toSchoolId)), recordOf(e), "r11:" + e.id));
        }
        if (e.overrideReason != null) {
            // the bureau's own act: a bureau incident (no school), seen by district users only
            post(actor, new IncidentPost(IncidentType.OTHER, MODULE, null, today, IncidentText.MODULE_EVENT,
                    List.of("TRANSFER_OVERRIDE_R8", String.valueOf(e.id)), recordOf(e), "override:" + e.id));
        }
    }

    private void post(Actor actor, IncidentPost post) {
        LedgerService s = service.get();
        if (s == null) {
            return;
        }
        try {
            s.post(actor, post);
        } catch (RuntimeException ex) {
            // the change is committed; a ledger failure is logged, never undoes it
            LOG.error("ledger post {} failed", post.reference(), ex);
        }
    }

    /** The record the incident is about; none yet for a transfer in from outside (created by its approval). */
    private static Long recordOf(ChangeEntity e) {
        return e.studentId == 0 ? null : e.studentId;
    }
}
