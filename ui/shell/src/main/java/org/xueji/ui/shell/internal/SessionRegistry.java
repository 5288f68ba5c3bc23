package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xueji.platform.api.Actor;

/**
 * The console's logged-in sessions, so that a new login of the same account ends the
 * previous session at once (R2: one active session per account) and its browser is told
 * why on its next request.
 */
final class SessionRegistry {

    static final String USERNAME = "xueji.username";
    /** Why a session ended deliberately: "logout" or "replaced" (idle expiry leaves it unset). */
    static final String ENDED = "xueji.ended";

    private final Map<String, VaadinSession> sessions = new ConcurrentHashMap<>();

    void register(String sessionId, VaadinSession session) {
        sessions.put(sessionId, session);
    }

    void forget(String sessionId) {
        sessions.remove(sessionId);
    }

    /**
     * Ends the session a newer login replaced: its user is logged out and its open pages are
     * closed, so that no further request of that browser runs as the user (a closed UI
     * processes no events); its next page is the login page with the reason.
     */
    void endReplaced(String sessionId) {
        VaadinSession session = sessions.remove(sessionId);
        if (session == null) {
            return;
        }
        session.access(() -> {
            session.setAttribute(Actor.class, null);
            session.setAttribute(LoginView.NOTICE, ShellText.LOGIN_SESSION_REPLACED.format(session.getLocale()));
            session.getSession().setAttribute(ENDED, "replaced");
            session.getUIs().forEach(UI::close);
        });
    }
}
