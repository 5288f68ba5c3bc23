package org.xueji.platform.api.workflow;

/**
 * Whiteboard: services of this type hear of workflow events after they are committed. The
 * ledger module registers one to post R17 incidents, so the platform never depends on a
 * module (and works when the ledger is not installed). A listener that throws is logged and
 * does not undo the event.
 */
public interface WorkflowListener {

    /** Called once per lapsed step. */
    void stepLapsed(LapsedStep step);
}
