package org.xueji.ui.shell.internal;

import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.PlatformMessages;

/**
 * A service refused the page's actor because its session or account changed out of this node's
 * sight (a newer login or an administrator's change on another node sharing the database: R2
 * across nodes, issue 13). The console's error funnels ({@code Notify.error}, the session's error
 * handler) hand every refusal here first, so that such a page goes to the login page as a page
 * replaced on this node does, instead of staying open with an error message.
 */
public final class StaleSessions {

    /** The refusal of an actor whose session ended or whose account changed. */
    static boolean endedElsewhere(DomainException domain) {
        return domain instanceof AccessDeniedException && domain.messageKey() == PlatformMessages.SESSION_ENDED;
    }

    /** Ends the current console session when {@code refusal} says it ended; returns whether it did. */
    public static boolean endIfEnded(DomainException refusal) {
        VaadinSession session = VaadinSession.getCurrent();
        if (!endedElsewhere(refusal) || session == null || VaadinServlet.getCurrent() == null) {
            return false;
        }
        ShellServices.sessions().endStale(session);
        return true;
    }

    private StaleSessions() {
    }
}
