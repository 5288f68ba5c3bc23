package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
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
    /** The account of each registered session (issue 16 item 7: an account's sessions end together). */
    private final Map<String, String> usernames = new ConcurrentHashMap<>();

    /** Called at login, after {@link #USERNAME} is set on the session. */
    void register(String sessionId, VaadinSession session) {
        sessions.put(sessionId, session);
        Object username = session.getSession().getAttribute(USERNAME);
        if (username != null) {
            usernames.put(sessionId, username.toString());
        }
    }

    void forget(String sessionId) {
        sessions.remove(sessionId);
        usernames.remove(sessionId);
    }

    /**
     * Ends the session a newer login replaced: its user is logged out and its open pages are
     * closed, so that no further request of that browser runs as the user (a closed UI
     * processes no events); its next page is the login page with the reason.
     */
    void endReplaced(String sessionId) {
        end(sessionId, "replaced", ShellText.LOGIN_SESSION_REPLACED);
    }

    /**
     * Ends every console session of an account that an administrator disabled, reset or
     * re-scoped (issue 16 item 7), the same way as a replaced one; the login page then says
     * that the administrator changed the account. Returns how many sessions were ended.
     */
    int endAccount(String username) {
        List<String> ids = usernames.entrySet().stream().filter(e -> e.getValue().equals(username))
                .map(Map.Entry::getKey).toList();
        ids.forEach(id -> end(id, "account-changed", ShellText.LOGIN_ACCOUNT_CHANGED));
        return ids.size();
    }

    /**
     * A service refused this request's actor because its session ended where this node could not
     * see it: a newer login or an administrator's change on another node sharing the database
     * (R2 across nodes, issue 13). Ends the session here as a replaced one is ended, in the request
     * that found out: the page goes to the login page, which says the session ended.
     */
    void endStale(VaadinSession session) {
        session.setAttribute(Actor.class, null);
        // this node may know the reason (an administrator's change here ends the session with its
        // own notice, before or just after a service refuses the page): a known reason stays
        if (session.getSession().getAttribute(ENDED) == null) {
            session.setAttribute(LoginView.NOTICE, ShellText.LOGIN_SESSION_ENDED.format(session.getLocale()));
            session.getSession().setAttribute(ENDED, "ended-elsewhere");
        }
        // still registered, so that endAccount arriving a moment later replaces the notice with its reason
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setLocation("login");
        }
    }

    private void end(String sessionId, String why, ShellText notice) {
        usernames.remove(sessionId);
        VaadinSession session = sessions.remove(sessionId);
        if (session == null) {
            return;
        }
        session.access(() -> {
            session.setAttribute(Actor.class, null);
            session.setAttribute(LoginView.NOTICE, notice.format(session.getLocale()));
            session.getSession().setAttribute(ENDED, why);
            for (UI ui : session.getUIs()) {
                // without push the browser learns this with its next request: the answer to it
                // sends the page to the login page (whatever the request was), then the UI is gone
                ui.getPage().setLocation("login");
                ui.close();
            }
        });
    }
}
