package org.xueji.platform.workflow.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.EntityManager;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.persistence.WorkflowHandler;

/** A stand-in module: writes a row into TEST_OUTCOME with the EntityManager it is handed. */
final class TestHandler implements WorkflowHandler {

    final RequestType type;
    final Transactions transactions;
    final List<WorkflowOutcome> outcomes = new CopyOnWriteArrayList<>();
    volatile RuntimeException failWith;
    volatile long sleepMillis;

    TestHandler(RequestType type, Transactions transactions) {
        this.type = type;
        this.transactions = transactions;
    }

    @Override
    public RequestType requestType() {
        return type;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void decided(EntityManager em, WorkflowOutcome outcome) {
        em.createNativeQuery("INSERT INTO TEST_OUTCOME (SUBJECT_REF, APPROVED) VALUES (?, ?)")
                .setParameter(1, outcome.subjectRef()).setParameter(2, outcome.approved() ? 1 : 0).executeUpdate();
        outcomes.add(outcome);
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failWith != null) {
            outcomes.remove(outcome);
            throw failWith;
        }
    }
}
