package org.xueji.platform.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.WorkflowListener;
import org.xueji.platform.api.workflow.WorkflowMessages;
import org.xueji.platform.persistence.WorkflowHandler;

/** The whiteboards: handlers by request type id, and the listeners told of lapses. */
public final class Handlers {

    private static final Logger LOG = LoggerFactory.getLogger(Handlers.class);

    private final Map<String, WorkflowHandler> byType = new ConcurrentHashMap<>();
    private final List<WorkflowListener> listeners = new CopyOnWriteArrayList<>();

    public void add(WorkflowHandler handler) {
        WorkflowHandler before = byType.putIfAbsent(handler.requestType().id(), handler);
        if (before != null && before != handler) {
            LOG.error("two workflow handlers for request type {}: the second is ignored", handler.requestType().id());
        }
    }

    public void remove(WorkflowHandler handler) {
        byType.remove(handler.requestType().id(), handler);
    }

    public void add(WorkflowListener listener) {
        listeners.add(listener);
    }

    public void remove(WorkflowListener listener) {
        listeners.remove(listener);
    }

    /** The installed request types' ids. */
    java.util.Set<String> types() {
        return java.util.Set.copyOf(byType.keySet());
    }

    Optional<WorkflowHandler> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    WorkflowHandler require(String type) {
        return find(type).orElseThrow(() -> new DomainException(WorkflowMessages.TYPE_NOT_INSTALLED, type));
    }

    /** Each listener once; a listener that throws is logged and the others still hear of it. */
    void lapsed(LapsedStep step) {
        for (WorkflowListener l : listeners) {
            try {
                l.stepLapsed(step);
            } catch (RuntimeException e) {
                LOG.error("workflow listener {} failed on the lapse of request {} step {}", l.getClass().getName(),
                        step.requestId(), step.stepName(), e);
            }
        }
    }
}
