package org.xueji.platform.api.workflow;

import org.xueji.platform.api.Actor;

/**
 * The final decision on a request, handed to the module's handler inside the transaction
 * that records it.
 *
 * @param request  the request as it stands after the decision ({@link WorkflowRequest#status()}
 *                 APPROVED or REJECTED)
 * @param decision the decision on the last step decided
 * @param decider  who decided it
 * @param reason   the reason (always present for a rejection; optional note for an approval)
 */
public record WorkflowOutcome(WorkflowRequest request, Decision decision, Actor decider, String reason) {

    public boolean approved() {
        return decision == Decision.APPROVE;
    }

    /** The module's own key of the thing decided. */
    public String subjectRef() {
        return request.subjectRef();
    }
}
