package org.xueji.ui.shell.internal;

import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's logged-in HTTP sessions, so that a new login of the same account can end
 * the previous session at once (R2: one active session per account), and the browser of
 * the ended session can be told why on its next page.
 */
final class SessionRegistry {

    static final String USERNAME = "xueji.username";
    /** Why a session ended deliberately: "logout" or "replaced" (idle expiry leaves it unset). */
    static final String ENDED = "xueji.ended";

    private final Map<String, WrappedSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Instant> replaced = new ConcurrentHashMap<>();

    void register(String sessionId, WrappedSession session) {
        sessions.put(sessionId, session);
    }

    void forget(String sessionId) {
        sessions.remove(sessionId);
    }

    /** Ends the session a newer login replaced. */
    void endReplaced(String sessionId) {
        replaced.put(sessionId, Instant.now());
        replaced.values().removeIf(t -> t.isBefore(Instant.now().minus(Duration.ofHours(1))));
        WrappedSession session = sessions.remove(sessionId);
        if (session != null) {
            try {
                session.setAttribute(ENDED, "replaced");
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
    }

    /** Whether the browser's previous session was ended by a newer login. */
    boolean wasReplaced(String requestedSessionId) {
        return requestedSessionId != null && replaced.containsKey(requestedSessionId);
    }
}
