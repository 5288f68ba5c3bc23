package org.xueji.dropout.service.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.service.internal.entity.EntryEntity;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.api.lease.JobLeases;
import org.xueji.platform.persistence.PeriodicJob;

/**
 * 劝返 follow-up watch (R23): a dropout without a visit (counted from the last visit, or the
 * confirmation) for {@code visitRemindDays} working days is reminded to those in scope; past
 * {@code visitLedgerDays} the school gets a ledger incident (once per gap; the ledger is optional).
 * Also reminds of entries lacking responsible persons and tells each responsible person how many
 * children they answer for (R22).
 */
@Component(service = ReminderProvider.class, configurationPid = DropoutConfig.PID)
public class VisitWatch implements ReminderProvider {

    private static final Logger LOG = LoggerFactory.getLogger(VisitWatch.class);
    static final String TOPIC = "dropout.ledger";
    static final Actor JOB = Actor.system("dropout-visits");

    private final Transactions tx;
    private final PlatformClock clock;
    private final WorkingDayCalendar calendar;
    private final AccountAreas areas;
    private volatile DropoutConfig config;
    private volatile LedgerService ledger;
    private PeriodicJob timer;

    @Activate
    public VisitWatch(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                      @Reference PlatformClock clock, @Reference WorkingDayCalendar calendar,
                      @Reference AccountAreas areas, @Reference JobLeases leases, Map<String, Object> properties) {
        this(new Transactions(emf), clock, calendar, areas, DropoutConfig.from(properties, LOG::warn));
        timer = PeriodicJob.start("xueji-dropout-visit-watch", Duration.ofMinutes(2), Duration.ofHours(1), leases,
                this::safeCheck);
    }

    VisitWatch(Transactions tx, PlatformClock clock, WorkingDayCalendar calendar, AccountAreas areas,
               DropoutConfig config) {
        this.tx = tx;
        this.clock = clock;
        this.calendar = calendar;
        this.areas = areas;
        this.config = config;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        config = DropoutConfig.from(properties, LOG::warn);
    }

    @Deactivate
    void deactivate() {
        if (timer != null) {
            timer.close();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindLedger(LedgerService service) {
        ledger = service;
    }

    void unbindLedger(LedgerService service) {
        if (ledger == service) {
            ledger = null;
        }
    }

    private void safeCheck() {
        try {
            postOverdue();
        } catch (RuntimeException e) {
            LOG.warn("dropout: visit check failed: {}", e.toString());
        }
    }

    /** The day since which the entry waits for a visit: the last visit, else the confirmation. */
    private static LocalDate since(EntryEntity e) {
        return e.lastVisitOn != null ? e.lastVisitOn : e.confirmedOn;
    }

    /** Whether {@code days} working days have passed since {@code from}; a year without calendar data counts as not yet. */
    private boolean passed(LocalDate from, int days, LocalDate today) {
        try {
            return !today.isBefore(calendar.addWorkingDays(from, days));
        } catch (RuntimeException e) {
            LOG.warn("dropout: no working-day data for {}: {}", from, e.toString());
            return false;
        }
    }

    /** Posts a ledger incident for each dropout past the second limit; returns how many were posted. */
    public int postOverdue() {
        LedgerService l = ledger;
        if (l == null) {
            return 0;
        }
        LocalDate today = clock.today();
        int limit = config.visitLedgerDays();
        List<EntryEntity> due = tx.read(em -> em.createQuery("select e from DropoutEntry e where e.status = :s "
                + "and e.schoolId is not null", EntryEntity.class).setParameter("s", EntryStatus.DROPOUT.name())
                .getResultList()).stream().filter(e -> since(e) != null && passed(since(e), limit, today)).toList();
        int posted = 0;
        for (EntryEntity e : due) {
            // one incident per gap: the reference names the day the gap began
            l.post(JOB, new IncidentPost(IncidentType.OTHER, "dropout", e.schoolId, today, IncidentText.MODULE_EVENT,
                    List.of(DropoutMessages.INCIDENT_NO_VISIT.name() + " #" + e.id), e.studentId,
                    "no-visit:" + e.id + ":" + since(e)));
            posted++;
        }
        return posted;
    }

    @Override
    public List<Reminder> reminders(Actor actor) {
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            return List.of();
        }
        Scope scope = Scope.of(actor, areas);
        LocalDate today = clock.today();
        int days = config.visitRemindDays();
        return tx.read(em -> {
            List<String> parts = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            parts.add("e.status <> 'CLOSED'");
            EntryQueries.scopeClause(scope, parts, params);
            TypedQuery<EntryEntity> q = em.createQuery("select e from DropoutEntry e where " + String.join(" and ", parts),
                    EntryEntity.class);
            params.forEach(q::setParameter);
            List<EntryEntity> open = q.getResultList();
            List<Reminder> out = new ArrayList<>();
            long overdue = open.stream().filter(e -> EntryStatus.DROPOUT.name().equals(e.status))
                    .filter(e -> since(e) != null && passed(since(e), days, today)).count();
            if (overdue > 0) {
                out.add(new Reminder(Reminder.Severity.OVERDUE, DropoutMessages.REMINDER_VISIT_DUE,
                        List.of(overdue, days), null, TOPIC));
            }
            if (!open.isEmpty()) {
                List<Long> ids = open.stream().map(e -> e.id).toList();
                List<Object[]> lines = em.createQuery("select r.entryId, count(r) from DropoutResponsible r "
                        + "where r.entryId in :ids group by r.entryId", Object[].class).setParameter("ids", ids)
                        .getResultList();
                Map<Long, Long> named = new LinkedHashMap<>();
                lines.forEach(r -> named.put((Long) r[0], (Long) r[1]));
                long missing = ids.stream().filter(id -> named.getOrDefault(id, 0L) < 4).count();
                if (missing > 0) {
                    out.add(new Reminder(Reminder.Severity.WARNING, DropoutMessages.REMINDER_MISSING_PERSONS,
                            List.of(missing), null, TOPIC));
                }
                long mine = em.createQuery("select count(distinct r.entryId) from DropoutResponsible r, DropoutEntry e "
                        + "where r.entryId = e.id and e.status <> 'CLOSED' and r.username = :me", Long.class)
                        .setParameter("me", actor.username()).getSingleResult();
                if (mine > 0) {
                    out.add(new Reminder(Reminder.Severity.INFO, DropoutMessages.REMINDER_MY_CHILDREN, List.of(mine),
                            null, TOPIC));
                }
            }
            return out;
        });
    }
}
