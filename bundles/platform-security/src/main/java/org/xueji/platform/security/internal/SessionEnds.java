package org.xueji.platform.security.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.security.AccountSessionListener;
import org.xueji.platform.api.security.AccountSessionListener.Reason;

/**
 * Tells the channels with open sessions (console pages, SSH sessions) that an administrator
 * ended an account's sessions (issue 16 item 7). Called after the change committed; a
 * listener's failure is logged and does not undo the change — the service already refuses
 * the account's old actors ({@link ActorChecks}).
 */
final class SessionEnds {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEnds.class);

    private final List<AccountSessionListener> listeners = new CopyOnWriteArrayList<>();

    void add(AccountSessionListener listener) {
        listeners.add(listener);
    }

    void remove(AccountSessionListener listener) {
        listeners.remove(listener);
    }

    void ended(String username, Reason reason) {
        for (AccountSessionListener l : listeners) {
            try {
                l.accountSessionsEnded(username, reason);
            } catch (RuntimeException e) {
                LOG.warn("Could not close the open sessions of an account ({}) in {}: {}", reason,
                        l.getClass().getName(), e.toString());
            }
        }
    }
}
