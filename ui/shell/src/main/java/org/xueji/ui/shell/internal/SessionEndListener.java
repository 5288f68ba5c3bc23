package org.xueji.ui.shell.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.security.AccountService;
import org.xueji.ui.shell.api.UiContext;

/** Records sessions that ended by idle timeout (logouts and replaced sessions are recorded where they happen). */
final class SessionEndListener implements HttpSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEndListener.class);

    private final SessionRegistry sessions;

    SessionEndListener(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        sessions.forget(session.getId());
        Object username = session.getAttribute(SessionRegistry.USERNAME);
        Object ended = session.getAttribute(SessionRegistry.ENDED);
        if (username != null && ended == null) {
            try {
                UiContext.service(SessionEndListener.class, AccountService.class)
                        .sessionExpired(username.toString(), session.getId());
            } catch (RuntimeException e) { // includes ModuleUnavailableException
                LOG.warn("Could not record the idle timeout of {}'s session: {}", username, e.getMessage());
            }
        }
    }
}
