package org.xueji.ledger.service.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentText;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.WorkflowListener;

/**
 * R17: a workflow step left undecided past its deadline becomes a ledger incident of the school
 * that had to decide it, or of the bureau itself when the step was the bureau's. Posted once per
 * step (the reference names request and step), by the platform job {@code system:ledger-lapse}.
 */
@Component(service = WorkflowListener.class)
public class LapseListener implements WorkflowListener {

    static final String SOURCE = "workflow";
    private static final Logger LOG = LoggerFactory.getLogger(LapseListener.class);
    private static final Actor JOB = Actor.system("ledger-lapse");

    private final LedgerService ledger;

    @Activate
    public LapseListener(@Reference LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public void stepLapsed(LapsedStep step) {
        try {
            post(step);
        } catch (DomainException e) {
            // the lapse itself is audited by the workflow; a refused entry must not undo it
            LOG.warn("R17 ledger entry for {} #{} step {} refused: {}", step.requestType(), step.requestId(),
                    step.stepName(), e.messageKey().key());
        }
    }

    Incident post(LapsedStep step) {
        return ledger.post(JOB, new IncidentPost(IncidentType.R17_DEADLINE_LAPSED, SOURCE,
                step.responsibleSchoolId(), step.detectedOn(), IncidentText.R17_STEP_LAPSED,
                List.of(step.requestType(), String.valueOf(step.requestId()), step.stepName(),
                        String.valueOf(step.deadline())),
                null, step.requestType() + "#" + step.requestId() + "/" + step.stepName()));
    }
}
