package org.xueji.platform.workflow.internal;

import java.time.Duration;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.lease.JobLeases;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.persistence.PeriodicJob;

/**
 * R17: looks for lapsed steps at start and then every {@code lapseCheckMinutes} (configuration
 * {@code org.xueji.workflow}, default 10), on one node at a time (its {@link JobLeases lease}).
 * {@code xueji:workflow-lapses} runs the same check now.
 */
@Component(immediate = true, configurationPid = "org.xueji.workflow")
public class LapseScheduler {

    static final Actor SYSTEM = Actor.system("workflow-lapse-check");
    private static final Logger LOG = LoggerFactory.getLogger(LapseScheduler.class);

    private final PeriodicJob scheduler;

    @Activate
    public LapseScheduler(@Reference WorkflowService workflow, @Reference JobLeases leases,
                          Map<String, Object> configuration) {
        Object minutes = configuration.get("lapseCheckMinutes");
        long every = minutes == null ? 10 : Long.parseLong(minutes.toString().trim());
        scheduler = PeriodicJob.start("xueji-workflow-lapse-check", Duration.ZERO,
                Duration.ofMinutes(Math.max(1, every)), leases, () -> run(workflow));
    }

    private static void run(WorkflowService workflow) {
        try {
            for (LapsedStep l : workflow.checkLapses(SYSTEM)) {
                LOG.info("R17: step {} of request {} ({}) lapsed, deadline {}", l.stepName(), l.requestId(),
                        l.requestType(), l.deadline());
            }
        } catch (RuntimeException e) {
            // e.g. a year without calendar data: logged loudly, tried again next time
            LOG.error("workflow lapse check failed", e);
        }
    }

    @Deactivate
    void deactivate() {
        scheduler.close();
    }
}
