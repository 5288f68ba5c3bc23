package org.xueji.ui.enrollment.verification;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which classes' presence this user has submitted in a check, to mark them done in the class
 * list. Kept in the session: the verification API does not report submitted classes (the
 * service itself knows them and refuses to close while one is missing).
 */
final class SubmittedClasses implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String KEY = SubmittedClasses.class.getName();

    private final Map<Long, Set<Long>> byVerification = new HashMap<>();

    static SubmittedClasses current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return new SubmittedClasses();
        }
        SubmittedClasses value = (SubmittedClasses) session.getAttribute(KEY);
        if (value == null) {
            value = new SubmittedClasses();
            session.setAttribute(KEY, value);
        }
        return value;
    }

    boolean done(long verificationId, long classId) {
        return byVerification.getOrDefault(verificationId, Set.of()).contains(classId);
    }

    void markDone(long verificationId, long classId) {
        byVerification.computeIfAbsent(verificationId, k -> new HashSet<>()).add(classId);
    }

    int count(long verificationId) {
        return byVerification.getOrDefault(verificationId, Set.of()).size();
    }
}
