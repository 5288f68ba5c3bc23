package org.xueji.dropout.service.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.service.internal.entity.EntryEntity;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.registry.api.followup.Placement;
import org.xueji.registry.api.followup.PlacementListener;

/**
 * Closes an entry (动态销号, outcome HOME_TEACHING) when the district approved a home-teaching
 * placement of the child the entry referred to the special-needs module (issue 10 item 9, issue 11
 * item 6). That placement is itself the district's approved decision, so no second approval is
 * asked. Other placements (regular class, special school, deferral) leave the entry open: the
 * child still has to be back at a school. Entries already closed or waiting for a close decision
 * are left as they are.
 */
@Component(service = PlacementListener.class)
public class PlacementCloser implements PlacementListener {

    static final String SOURCE_PREFIX = "dropout:";
    private static final Logger LOG = LoggerFactory.getLogger(PlacementCloser.class);
    private static final Actor PLACEMENT = Actor.system("special-needs-placement");

    private final ModuleSupport support;

    @Activate
    public PlacementCloser(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                           @Reference AuditTrail audit, @Reference AuditService auditService,
                           @Reference PlatformClock clock) {
        this(new ModuleSupport(emf, audit, auditService, clock));
    }

    PlacementCloser(ModuleSupport support) {
        this.support = support;
    }

    @Override
    public void placed(String source, Long studentId, Placement placement, LocalDate decidedOn) {
        if (source == null || !source.startsWith(SOURCE_PREFIX)) {
            return;
        }
        long entryId;
        try {
            entryId = Long.parseLong(source.substring(SOURCE_PREFIX.length()));
        } catch (NumberFormatException e) {
            LOG.warn("dropout: placement for an unreadable referral source ignored");
            return;
        }
        if (placement != Placement.HOME_TEACHING) {
            LOG.info("dropout: entry {} referred, placed {}; it stays open until the child is back", entryId,
                    placement);
            return;
        }
        support.transactions().run(em -> {
            EntryEntity e = em.find(EntryEntity.class, entryId, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (e == null || EntryStatus.CLOSED.name().equals(e.status)
                    || EntryStatus.CLOSING.name().equals(e.status)) {
                LOG.info("dropout: entry {} not closed by the placement (missing, closed or awaiting a decision)",
                        entryId);
                return;
            }
            String before = e.status;
            e.status = EntryStatus.CLOSED.name();
            e.outcome = ClosingOutcome.HOME_TEACHING.name();
            e.outcomeNote = null; // the placement decision (date in closedOn and the audit row) is the evidence
            e.closedOn = decidedOn;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", List.of(before, e.status));
            details.put("outcome", e.outcome);
            details.put("placementDecidedOn", String.valueOf(decidedOn));
            support.audit(em, AuditEvent.of(PLACEMENT, "dropout.entry.closed-by-placement", Entries.TARGET, e.id,
                    e.schoolId).withChanges(details));
        });
    }
}
