package org.xueji.platform.workflow.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.WorkflowListener;
import org.xueji.platform.api.workflow.WorkflowMessages;
import org.xueji.platform.persistence.WorkflowHandler;

/**
 * The whiteboards: handlers by request type id, and the listeners told of lapses. A listener is
 * got only when there is something to tell it: listeners may need services that need the
 * workflow (the ledger's needs data releases, which need the workflow), so getting them when the
 * workflow is built would close a cycle (see {@link WorkflowComponent#addListener}).
 */
public final class Handlers {

    /** A listener got when it is told something, and released after. */
    public interface LazyListener {

        /** The listener, or null when it cannot be got now (its component failed or is going). */
        WorkflowListener get();

        void release();
    }

    private static final Logger LOG = LoggerFactory.getLogger(Handlers.class);

    private final Map<String, WorkflowHandler> byType = new ConcurrentHashMap<>();
    /** By what identifies the listener: the listener itself, or its service reference. */
    private final Map<Object, LazyListener> listeners = new ConcurrentHashMap<>();

    public void add(WorkflowHandler handler) {
        WorkflowHandler before = byType.putIfAbsent(handler.requestType().id(), handler);
        if (before != null && before != handler) {
            LOG.error("two workflow handlers for request type {}: the second is ignored", handler.requestType().id());
        }
    }

    public void remove(WorkflowHandler handler) {
        byType.remove(handler.requestType().id(), handler);
    }

    /** A listener already at hand (tests, and callers without a service registry). */
    public void add(WorkflowListener listener) {
        addListener(listener, new LazyListener() {
            @Override
            public WorkflowListener get() {
                return listener;
            }

            @Override
            public void release() {
                // nothing was got
            }
        });
    }

    public void addListener(Object key, LazyListener listener) {
        listeners.put(key, listener);
    }

    public void removeListener(Object key) {
        listeners.remove(key);
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
        for (LazyListener lazy : listeners.values()) {
            WorkflowListener l = lazy.get();
            if (l == null) {
                LOG.error("a workflow listener could not be got: it misses the lapse of request {} step {}",
                        step.requestId(), step.stepName());
                continue;
            }
            try {
                l.stepLapsed(step);
            } catch (RuntimeException e) {
                LOG.error("workflow listener {} failed on the lapse of request {} step {}", l.getClass().getName(),
                        step.requestId(), step.stepName(), e);
            } finally {
                lazy.release();
            }
        }
    }
}
