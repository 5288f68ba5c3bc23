package org.xueji.platform.api.workflow;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * The approval workflow (R3, R17). Modules define request types and register a handler per
 * type (see {@code org.xueji.platform.persistence.WorkflowHandler}); people decide the steps
 * from the 待办 inbox, the shell or a module's own view. Every submission, decision, refusal
 * and lapse is audited.
 */
public interface WorkflowService {

    /**
     * Submits a request in a transaction of the type's handler. A module that writes its own
     * rows with the submission uses {@code WorkflowSubmission.submit(em, …)} instead.
     */
    WorkflowRequest submit(Actor actor, NewWorkflowRequest request);

    /**
     * Decides the open step of a request. Refused (and audited) unless the actor holds the
     * step's permission within its scope, or when the actor submitted the request. A rejection
     * needs a reason. When two decide at once exactly one decision stands; the other gets
     * {@code WorkflowMessages.STEP_ALREADY_DECIDED}. The final decision and the handler's writes
     * commit together or not at all.
     *
     * @param reason required for {@link Decision#REJECT}, an optional note for an approval
     * @return the request after the decision
     */
    WorkflowRequest decide(Actor actor, long requestId, Decision decision, String reason);

    /** Steps waiting for the actor's decision across all installed modules, the most urgent first. */
    List<PendingStep> inbox(Actor actor, PendingFilter filter);

    /**
     * One page of {@link #inbox(Actor, PendingFilter)}: the same steps in the same stable order
     * (deadline, then step), {@code limit} lines from {@code offset}. Permission, scope and the
     * filter are applied by the query, so each page costs the same however many steps wait.
     *
     * @param offset lines to skip, at least 0
     * @param limit  lines to return at most, at least 1
     * @since 1.2
     */
    List<PendingStep> inbox(Actor actor, PendingFilter filter, int offset, int limit);

    /**
     * How many lines {@link #inbox(Actor, PendingFilter)} holds (the total of the pages).
     *
     * @since 1.2
     */
    int countInbox(Actor actor, PendingFilter filter);

    /** The counts of the dashboard card. */
    PendingCount pendingCount(Actor actor);

    /** A request with its steps and decisions; visible to its submitter and to deciders in scope. */
    WorkflowRequest request(Actor actor, long requestId);

    /**
     * Records every open step past its deadline as lapsed, each exactly once (audited), and
     * tells the {@link WorkflowListener}s after commit. Needs ADMINISTER_SYSTEM (the platform's
     * scheduler runs it as a system actor).
     *
     * @return the steps that lapsed now
     */
    List<LapsedStep> checkLapses(Actor actor);
}
