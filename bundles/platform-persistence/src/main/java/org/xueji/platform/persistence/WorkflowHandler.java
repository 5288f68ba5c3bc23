package org.xueji.platform.persistence;

import javax.persistence.EntityManager;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.WorkflowOutcome;

/**
 * Whiteboard: a module registers one OSGi service of this type per request type it defines
 * (R3). The workflow finds it by {@link #requestType()}'s id; while it is not registered the
 * type's requests are out of the inbox and cannot be decided.
 *
 * <p>Transaction rule: there is no XA. The workflow writes its own rows with the handler's
 * EntityManager (plain SQL, like {@link AuditTrail}) inside a transaction of
 * {@link #transactions()}, and calls {@link #decided} in that same transaction for the final
 * decision: the module's writes, the decision and its audit rows commit together or not at all.
 */
public interface WorkflowHandler {

    /** The type this handler serves: its id, label and steps. */
    RequestType requestType();

    /** Transactions of the module's persistence unit (on the shared DataSource). */
    Transactions transactions();

    /**
     * The request is finally approved (last step) or rejected (any step). Do the module's
     * writes with {@code em}; throwing rolls back the decision as well, and the caller gets the
     * exception. Called exactly once per request.
     */
    void decided(EntityManager em, WorkflowOutcome outcome);
}
