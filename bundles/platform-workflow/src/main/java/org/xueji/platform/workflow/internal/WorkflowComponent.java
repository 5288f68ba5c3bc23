package org.xueji.platform.workflow.internal;

import java.util.Map;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.api.workflow.WorkflowListener;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.platform.persistence.WorkflowSubmission;

/**
 * The workflow as OSGi services, with the whiteboards of {@link WorkflowHandler}s (one per
 * request type) and {@link WorkflowListener}s. Deadlines are configured in
 * {@code etc/org.xueji.workflow.cfg}: {@code deadline.<type>.<step> = working days}.
 */
@Component(service = {WorkflowService.class, WorkflowSubmission.class}, configurationPid = "org.xueji.workflow")
public class WorkflowComponent extends WorkflowEngine {

    private final Handlers handlers;
    private final BundleContext context;

    @Activate
    public WorkflowComponent(@Reference(target = "(osgi.jndi.service.name=" + WorkflowSchema.UNIT_DATASOURCE + ")")
                             DataSource dataSource,
                             @Reference AuditTrail audit, @Reference AuditService auditService,
                             @Reference PlatformClock clock, @Reference WorkingDayCalendar calendar,
                             Map<String, Object> configuration, BundleContext context) {
        this(dataSource, audit, auditService, clock, calendar, configuration, new Handlers(), context);
    }

    private WorkflowComponent(DataSource dataSource, AuditTrail audit, AuditService auditService, PlatformClock clock,
                              WorkingDayCalendar calendar, Map<String, Object> configuration, Handlers handlers,
                              BundleContext context) {
        super(dataSource, audit, new DeniedAccess(auditService), clock, new Deadlines(calendar, configuration),
                handlers);
        this.handlers = handlers;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(WorkflowHandler handler) {
        handlers().add(handler);
    }

    void removeHandler(WorkflowHandler handler) {
        handlers().remove(handler);
    }

    /**
     * Bound by reference, got only when a step lapses: the ledger's listener needs the ledger, which
     * needs data releases, which need this workflow. Getting listeners here, while one of those was
     * being built (a shell command got the ledger first at boot), failed the listener for good
     * (SCR's circular-reference refusal): lapses no longer reached the ledger. PlatformFeaturesIT
     * caught it once in CI; HandlersTest checks that nothing is got before a lapse.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ServiceReference<WorkflowListener> listener) {
        handlers().addListener(listener, new Handlers.LazyListener() {
            @Override
            public WorkflowListener get() {
                return context.getService(listener);
            }

            @Override
            public void release() {
                context.ungetService(listener);
            }
        });
    }

    void removeListener(ServiceReference<WorkflowListener> listener) {
        handlers().removeListener(listener);
    }

    private Handlers handlers() {
        return handlers;
    }
}
