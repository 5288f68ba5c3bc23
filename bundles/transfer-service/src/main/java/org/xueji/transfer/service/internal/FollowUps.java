package org.xueji.transfer.service.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.followup.AtRiskSignal;
import org.xueji.registry.api.followup.AtRiskSignalListener;
import org.xueji.registry.api.followup.AtRiskSource;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.registry.api.transfer.RecordStatus;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.service.internal.entity.ChangeEntity;
import org.xueji.platform.api.lease.JobLeases;
import org.xueji.platform.persistence.PeriodicJob;

/**
 * Children possibly out of school after a change: a transfer out of the district not
 * confirmed as arrived within the configured working days (TRANSFER_OUT_NOT_ARRIVED), a
 * suspension past its planned return (SUSPENSION_OVERDUE). Each change is signalled once:
 * marked in a transaction, then every {@link AtRiskSignalListener} is told after commit.
 */
@Component(immediate = true, service = FollowUps.class, configurationPid = TransferSettings.PID)
public class FollowUps {

    static final String ACTION = "transfer.followup";
    private static final Logger LOG = LoggerFactory.getLogger(FollowUps.class);
    private static final Actor SYSTEM = Actor.system("transfer-followup");

    private final Transactions tx;
    private final AuditTrail audit;
    private final PlatformClock clock;
    private final WorkingDayCalendar calendar;
    private final RecordChanges records;
    private final List<AtRiskSignalListener> listeners = new CopyOnWriteArrayList<>();
    /** R18: findings of approved transfers settled here when the decision was made elsewhere (the inbox). */
    private final FindingLinks findings = new FindingLinks();
    private volatile int arrivalWorkingDays;
    private PeriodicJob timer;

    @Activate
    public FollowUps(@Reference(target = "(osgi.unit.name=xueji-transfer)") EntityManagerFactory emf,
                     @Reference AuditTrail audit, @Reference PlatformClock clock,
                     @Reference WorkingDayCalendar calendar, @Reference RecordChanges records,
                     @Reference JobLeases leases, TransferSettings settings) {
        this(new Transactions(emf), audit, clock, calendar, records, settings.arrivalWorkingDays());
        timer = PeriodicJob.start("xueji-transfer-followup", Duration.ofMinutes(1),
                Duration.ofMinutes(Math.max(1, settings.followUpMinutes())), leases, this::runLogged);
    }

    FollowUps(Transactions tx, AuditTrail audit, PlatformClock clock, WorkingDayCalendar calendar,
              RecordChanges records, int arrivalWorkingDays) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
        this.records = records;
        this.arrivalWorkingDays = arrivalWorkingDays;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(AtRiskSignalListener listener) {
        listeners.add(listener);
    }

    void removeListener(AtRiskSignalListener listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindFindings(org.xueji.registry.api.finding.PresenceFindings service) {
        findings.bind(service);
    }

    void unbindFindings(org.xueji.registry.api.finding.PresenceFindings service) {
        findings.unbind(service);
    }

    /** Settles the 人在籍不在 findings of approved transfers started from them (R18); how many now. */
    int settleFindings() {
        return findings.settleApproved(tx);
    }

    @Deactivate
    void deactivate() {
        if (timer != null) {
            timer.close();
        }
    }

    private void runLogged() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.error("transfer follow-up check failed", e);
        }
        try {
            settleFindings();
        } catch (RuntimeException e) {
            LOG.error("settling R18 findings failed", e);
        }
    }

    /** Finds and marks the changes due, then tells the listeners; returns the signals sent. */
    List<AtRiskSignal> check() {
        LocalDate today = clock.today();
        List<AtRiskSignal> signals = tx.inTransaction(em -> {
            List<AtRiskSignal> found = new ArrayList<>();
            List<ChangeEntity> candidates = em.createQuery("select c from TransferChange c where c.status = 'APPROVED' "
                    + "and c.signalled = false and c.type in (:out, :suspension)", ChangeEntity.class)
                    .setParameter("out", ChangeType.TRANSFER_OUT.id())
                    .setParameter("suspension", ChangeType.SUSPENSION.id()).getResultList();
            for (ChangeEntity e : candidates) {
                AtRiskSource source = due(em, e, today);
                if (source != null) {
                    e.signalled = true;
                    found.add(new AtRiskSignal(source, e.studentId, e.fromSchoolId, today, "transfer:" + e.id));
                    audit.append(em, AuditEvent.of(SYSTEM, ACTION, "transfer-change", e.id, e.fromSchoolId)
                            .withChanges(Map.of("source", source.name())));
                }
            }
            return found;
        });
        for (AtRiskSignal s : signals) {
            for (AtRiskSignalListener l : listeners) {
                try {
                    l.atRisk(s);
                } catch (RuntimeException ex) {
                    LOG.error("at-risk listener {} failed on {}", l.getClass().getName(), s.reference(), ex);
                }
            }
        }
        return signals;
    }

    private AtRiskSource due(javax.persistence.EntityManager em, ChangeEntity e, LocalDate today) {
        if (ChangeType.TRANSFER_OUT.id().equals(e.type)) {
            if (e.arrivedOn != null || e.decidedAt == null) {
                return null;
            }
            LocalDate decided = LocalDate.ofInstant(e.decidedAt, clock.clock().getZone() == null
                    ? ZoneId.systemDefault() : clock.clock().getZone());
            try {
                return today.isAfter(calendar.addWorkingDays(decided, arrivalWorkingDays))
                        ? AtRiskSource.TRANSFER_OUT_NOT_ARRIVED : null;
            } catch (CalendarYearMissingException missing) {
                return null; // never guessed: checked again once the year's calendar is imported
            }
        }
        // a suspension past its planned return while the record is still suspended
        boolean stillSuspended = records.record(em, e.studentId).map(r -> r.status() == RecordStatus.SUSPENDED)
                .orElse(false);
        return stillSuspended && e.plannedReturn != null && today.isAfter(e.plannedReturn)
                ? AtRiskSource.SUSPENSION_OVERDUE : null;
    }
}
