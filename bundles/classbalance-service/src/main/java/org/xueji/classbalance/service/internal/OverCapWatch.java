package org.xueji.classbalance.service.internal;

import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformClock;
import org.xueji.registry.api.SchoolService;
import org.xueji.platform.api.lease.JobLeases;
import org.xueji.platform.persistence.PeriodicJob;

/**
 * R16 without anyone opening the monitor: every class of a starting grade over its cap in the
 * district posts its ledger incident, at start and every hour (as special-needs' month check
 * does). The ledger is optional: without it nothing is posted, and the next run after it is
 * installed posts the month's incidents (the reference keeps them once per class and month).
 */
@Component(immediate = true)
public class OverCapWatch {

    private static final Logger LOG = LoggerFactory.getLogger(OverCapWatch.class);
    static final Actor SYSTEM = Actor.system("classbalance-over-cap");

    private final SchoolService schools;
    private final PlatformClock clock;
    /** The ledger when installed (a field reference: DS sets and clears it; never required). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile LedgerService ledger;
    private PeriodicJob job;

    @Activate
    public OverCapWatch(@Reference JobLeases leases, @Reference SchoolService schools, @Reference PlatformClock clock) {
        this(schools, clock, null);
        job = PeriodicJob.start("xueji-classbalance-over-cap", Duration.ofMinutes(1), Duration.ofHours(1), leases,
                this::runQuietly);
    }

    OverCapWatch(SchoolService schools, PlatformClock clock, LedgerService ledger) {
        this.schools = schools;
        this.clock = clock;
        this.ledger = ledger;
    }

    @Deactivate
    void deactivate() {
        if (job != null) {
            job.close();
        }
    }

    /** Posts this month's incident of every class over its cap; returns how many posts were made. */
    int run() {
        LedgerService target = ledger;
        if (target == null) {
            return 0;
        }
        return OverCapIncidents.post(target, SYSTEM, clock.today(),
                OverCapIncidents.rows(schools.classSizes(SYSTEM, null, null)));
    }

    private void runQuietly() {
        try {
            int n = run();
            if (n > 0) {
                LOG.info("{} class(es) over the cap posted to the ledger (R16)", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("R16 over-cap check failed", e);
        }
    }
}
