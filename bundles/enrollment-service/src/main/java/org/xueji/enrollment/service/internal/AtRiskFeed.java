package org.xueji.enrollment.service.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.api.followup.AtRiskSignal;
import org.xueji.registry.api.followup.AtRiskSignalListener;

/**
 * The at-risk listeners installed (the dropout module's, when present): R18 findings
 * 籍在人不在 settled only by a written claim are handed on after the resolution committed. A
 * listener that throws is logged and does not undo the resolution or stop the others.
 */
final class AtRiskFeed {

    private static final Logger LOG = LoggerFactory.getLogger(AtRiskFeed.class);

    private final List<AtRiskSignalListener> listeners = new CopyOnWriteArrayList<>();

    void add(AtRiskSignalListener listener) {
        listeners.add(listener);
    }

    void remove(AtRiskSignalListener listener) {
        listeners.remove(listener);
    }

    void send(AtRiskSignal signal) {
        for (AtRiskSignalListener l : listeners) {
            try {
                l.atRisk(signal);
            } catch (RuntimeException e) {
                LOG.warn("enrollment: an at-risk listener failed on {} {}: {}", signal.source(), signal.reference(),
                        e.toString());
            }
        }
    }
}
