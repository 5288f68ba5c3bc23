package org.xueji.specialneeds.service.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.StepDefinition;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.registry.api.followup.Placement;
import org.xueji.registry.api.followup.PlacementListener;
import org.xueji.registry.api.specialneeds.RegistryPlacements;
import org.xueji.specialneeds.api.DecisionStatus;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.service.internal.entity.AssessmentEntity;
import org.xueji.specialneeds.service.internal.entity.ChildEntity;

/**
 * The placement of an assessment (R25, R26), decided through the workflow: the school proposes,
 * the district approves (APPROVE_CHANGE). On approval, in the decision's transaction: the
 * child's placement and next review (a deferral's review date, otherwise the yearly
 * reassessment), the registry record's flag ({@link RegistryPlacements}: 随班就读 / 送教上门) and,
 * for a referred child, an outbox row. After commit every {@link PlacementListener} hears the
 * referral's placement once (the outbox is delivered shortly after the decision and every minute).
 */
@Component(service = WorkflowHandler.class, configurationPid = SpecialNeedsConfig.PID)
public class PlacementWorkflow implements WorkflowHandler {

    static final String TYPE = "special-placement";
    static final RequestType REQUEST_TYPE = new RequestType(TYPE, SpecialNeedsMessages.PLACEMENT_REQUEST,
            List.of(StepDefinition.of("district-approval", SpecialNeedsMessages.PLACEMENT_STEP,
                    Permission.APPROVE_CHANGE, DeciderScope.DISTRICT))).withSubject(SpecialNeedsMessages.PLACEMENT_SUBJECT);
    private static final Logger LOG = LoggerFactory.getLogger(PlacementWorkflow.class);

    private final Transactions tx;
    private final AuditTrail audit;
    private final PlatformClock clock;
    private final RegistryPlacements registry;
    private final int reassessMonths;
    private final List<PlacementListener> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;

    @Activate
    public PlacementWorkflow(@Reference(target = SpecialNeedsSchema.UNIT_FILTER) EntityManagerFactory emf,
                             @Reference AuditTrail audit, @Reference PlatformClock clock,
                             @Reference RegistryPlacements registry, Map<String, Object> properties) {
        this(new Transactions(emf), audit, clock, registry,
                SpecialNeedsConfig.from(properties, LOG::warn).reassessMonths());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xueji-specialneeds-placements");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::deliverQuietly, 1, 1, TimeUnit.MINUTES);
    }

    PlacementWorkflow(Transactions tx, AuditTrail audit, PlatformClock clock, RegistryPlacements registry,
                      int reassessMonths) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.registry = registry;
        this.reassessMonths = reassessMonths;
    }

    @Deactivate
    void deactivate() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(PlacementListener l) {
        listeners.add(l);
    }

    void removeListener(PlacementListener l) {
        listeners.remove(l);
    }

    @Override
    public RequestType requestType() {
        return REQUEST_TYPE;
    }

    @Override
    public Transactions transactions() {
        return tx;
    }

    @Override
    public void decided(EntityManager em, WorkflowOutcome outcome) {
        AssessmentEntity a = em.find(AssessmentEntity.class, Long.parseLong(outcome.subjectRef()),
                LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !DecisionStatus.PENDING.name().equals(a.status)) {
            return;
        }
        LocalDate today = clock.today();
        a.decidedOn = today;
        ChildEntity c = em.find(ChildEntity.class, a.childId, LockModeType.PESSIMISTIC_WRITE);
        if (!outcome.approved()) {
            a.status = DecisionStatus.REJECTED.name();
            em.flush();
            audit.append(em, AuditEvent.of(outcome.decider(), "specialneeds.placement.reject",
                    SpecialNeedsServiceImpl.CHILD, c.id, c.schoolId).withChanges(Map.of("assessment", a.id)));
            return;
        }
        a.status = DecisionStatus.APPROVED.name();
        Placement placement = Placement.valueOf(a.conclusion);
        String before = c.placement;
        c.placement = placement.name();
        c.placedOn = today;
        // a deferral is reviewed on its date; every placement at least once a school year (configurable)
        c.reviewDue = placement == Placement.DEFERRAL && a.reviewDate != null ? a.reviewDate
                : today.plusMonths(reassessMonths);
        em.flush();
        if (c.studentId != null) {
            registry.applyPlacement(em, outcome.decider(), c.studentId, placement);
        }
        if (c.referralSource != null) {
            em.createNativeQuery("INSERT INTO SN_PLACEMENT_OUTBOX (ASSESSMENT_ID, SOURCE, STUDENT_ID, PLACEMENT, "
                            + "DECIDED_ON) VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, a.id).setParameter(2, c.referralSource)
                    .setParameter(3, c.studentId == null ? -1L : c.studentId)
                    .setParameter(4, placement.name()).setParameter(5, Date.valueOf(today)).executeUpdate();
            if (scheduler != null) {
                scheduler.schedule(this::deliverQuietly, 2, TimeUnit.SECONDS);
            }
        }
        audit.append(em, AuditEvent.of(outcome.decider(), "specialneeds.placement.approve",
                SpecialNeedsServiceImpl.CHILD, c.id, c.schoolId).withChanges(Map.of("assessment", a.id,
                "placement", List.of(before == null ? "" : before, c.placement), "registry", c.studentId != null)));
    }

    /**
     * Tells every listener of each committed, undelivered placement of a referred child; a row
     * is marked delivered after the listeners returned (a listener that throws is logged, not retried).
     */
    int deliverPending() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = tx.read(em -> em.createNativeQuery("SELECT ASSESSMENT_ID, SOURCE, STUDENT_ID, "
                + "PLACEMENT, DECIDED_ON FROM SN_PLACEMENT_OUTBOX WHERE DELIVERED_AT IS NULL ORDER BY ASSESSMENT_ID")
                .getResultList());
        for (Object[] r : rows) {
            long assessment = ((Number) r[0]).longValue();
            long student = ((Number) r[2]).longValue();
            for (PlacementListener l : listeners) {
                try {
                    l.placed((String) r[1], student < 0 ? null : student, Placement.valueOf((String) r[3]),
                            ((Date) r[4]).toLocalDate());
                } catch (RuntimeException e) {
                    LOG.warn("placement listener failed for assessment {}", assessment, e);
                }
            }
            tx.run(em -> em.createNativeQuery("UPDATE SN_PLACEMENT_OUTBOX SET DELIVERED_AT = ? WHERE ASSESSMENT_ID = ?")
                    .setParameter(1, Timestamp.from(clock.now())).setParameter(2, assessment).executeUpdate());
        }
        return rows.size();
    }

    private void deliverQuietly() {
        try {
            deliverPending();
        } catch (RuntimeException e) {
            LOG.warn("placement outbox delivery failed", e);
        }
    }
}
