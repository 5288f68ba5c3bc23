package org.xueji.platform.workflow.internal;

import java.util.Map;
import javax.sql.DataSource;
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

    @Activate
    public WorkflowComponent(@Reference(target = "(osgi.jndi.service.name=" + WorkflowSchema.UNIT_DATASOURCE + ")")
                             DataSource dataSource,
                             @Reference AuditTrail audit, @Reference AuditService auditService,
                             @Reference PlatformClock clock, @Reference WorkingDayCalendar calendar,
                             Map<String, Object> configuration) {
        this(dataSource, audit, auditService, clock, calendar, configuration, new Handlers());
    }

    private WorkflowComponent(DataSource dataSource, AuditTrail audit, AuditService auditService, PlatformClock clock,
                              WorkingDayCalendar calendar, Map<String, Object> configuration, Handlers handlers) {
        super(dataSource, audit, new DeniedAccess(auditService), clock, new Deadlines(calendar, configuration),
                handlers);
        this.handlers = handlers;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(WorkflowHandler handler) {
        handlers().add(handler);
    }

    void removeHandler(WorkflowHandler handler) {
        handlers().remove(handler);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(WorkflowListener listener) {
        handlers().add(listener);
    }

    void removeListener(WorkflowListener listener) {
        handlers().remove(listener);
    }

    private Handlers handlers() {
        return handlers;
    }
}
