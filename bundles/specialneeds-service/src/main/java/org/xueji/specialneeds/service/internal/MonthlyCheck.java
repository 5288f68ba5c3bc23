package org.xueji.specialneeds.service.internal;

import java.time.Duration;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.persistence.Transactions;
import org.xueji.specialneeds.api.ChildQuery;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.ComplianceFinding;
import org.xueji.specialneeds.api.ComplianceStatus;
import org.xueji.specialneeds.api.RulePart;
import org.xueji.platform.api.lease.JobLeases;
import org.xueji.platform.persistence.PeriodicJob;

/**
 * R26: a month of the semester that closed without a counted visit becomes a ledger incident
 * of the child's school, once per child and month (SN_MONTH_INCIDENT; the ledger's reference
 * makes a retry harmless). Runs at start and every hour; the ledger is optional — without it
 * nothing is posted and nothing marked, so the months are posted once it is installed.
 */
@Component(immediate = true)
public class MonthlyCheck {

    static final String EVENT = "R26_MONTH_WITHOUT_VISIT";
    private static final Logger LOG = LoggerFactory.getLogger(MonthlyCheck.class);
    private static final Actor SYSTEM = Actor.system("specialneeds-month-check");

    private final SpecialNeedsServiceImpl service;
    private final Transactions tx;
    /** The ledger when installed (a field reference: DS sets and clears it; never required). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile LedgerService ledger;
    private PeriodicJob job;

    @Activate
    public MonthlyCheck(@Reference SpecialNeedsServiceImpl service, @Reference JobLeases leases,
                        Map<String, Object> properties) {
        this(service);
        job = PeriodicJob.start("xueji-specialneeds-months", Duration.ofMinutes(1), Duration.ofHours(1), leases,
                this::runQuietly);
    }

    MonthlyCheck(SpecialNeedsServiceImpl service) {
        this.service = service;
        this.tx = service.transactions();
    }

    @Deactivate
    void deactivate() {
        if (job != null) {
            job.close();
        }
    }

    /** Posts every closed month without a visit not posted yet; returns how many were posted. */
    int run() {
        LedgerService target = ledger;
        if (target == null) {
            return 0;
        }
        List<ChildStatus> statuses = tx.read(em -> service.standing().statuses(em,
                SpecialNeedsServiceImpl.visibleChildren(em, service.scope(SYSTEM), new ChildQuery(null, null, true))));
        List<String[]> posted = new ArrayList<>();
        for (ChildStatus s : statuses) {
            if (s.compliance() == null) {
                continue;
            }
            for (ComplianceFinding f : s.compliance().findings()) {
                if (f.status() != ComplianceStatus.BREACHED || f.part() != RulePart.VISITS_PER_MONTH) {
                    continue;
                }
                long child = s.child().id();
                if (alreadyPosted(child, f.month())) {
                    continue;
                }
                // ids, the month and counts only: no name (R7)
                target.post(SYSTEM, new IncidentPost(IncidentType.R26_MONTH_WITHOUT_VISIT, "specialneeds",
                        s.child().data().schoolId(), f.month().atEndOfMonth().isAfter(service.today())
                        ? service.today() : f.month().atEndOfMonth(), IncidentText.MODULE_EVENT,
                        List.of(EVENT + " child " + child + " " + f.month()), null,
                        "sn-month:" + child + ":" + f.month()));
                tx.run(em -> em.createNativeQuery("INSERT INTO SN_MONTH_INCIDENT (CHILD_ID, MONTH, POSTED_AT) "
                                + "VALUES (?, ?, ?)").setParameter(1, child).setParameter(2, f.month().toString())
                        .setParameter(3, Timestamp.from(service.now())).executeUpdate());
                posted.add(new String[] {String.valueOf(child), f.month().toString()});
            }
        }
        return posted.size();
    }

    private boolean alreadyPosted(long child, YearMonth month) {
        return tx.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM SN_MONTH_INCIDENT WHERE CHILD_ID = ? "
                + "AND MONTH = ?").setParameter(1, child).setParameter(2, month.toString()).getSingleResult())
                .longValue() > 0);
    }

    private void runQuietly() {
        try {
            int n = run();
            if (n > 0) {
                LOG.info("{} month(s) without a home-teaching visit posted to the ledger", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("home-teaching month check failed", e);
        }
    }
}
