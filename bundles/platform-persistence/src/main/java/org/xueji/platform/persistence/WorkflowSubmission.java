package org.xueji.platform.persistence;

import javax.persistence.EntityManager;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowRequest;

/**
 * Submits a workflow request inside the caller's transaction (R3), with the caller's
 * EntityManager, so that a module's own row and its request commit together. Provided as an
 * OSGi service by the workflow bundle. The caller checks that the actor may submit; the
 * submission is audited ({@code workflow.submit}) in the same transaction.
 */
public interface WorkflowSubmission {

    WorkflowRequest submit(EntityManager em, Actor actor, NewWorkflowRequest request);
}
