package org.xueji.ui.shell.kit;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.internal.StaleSessions;

/**
 * Feedback notifications of the console, all alike: success at the bottom for 3 s, errors in
 * the middle for 6 s. A {@link DomainException} shows its message key in the user's language
 * (never a stack trace).
 */
public final class Notify {

    static final int SUCCESS_MS = 3000;
    static final int ERROR_MS = 6000;

    public static Notification success(String message) {
        Notification n = Notification.show(message, SUCCESS_MS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    /**
     * A refusal or failure of a service, localised. A refusal because the session ended on
     * another node also sends the page to the login page ({@link StaleSessions}).
     */
    public static Notification error(DomainException e) {
        StaleSessions.endIfEnded(e);
        return errorText(e.message(UiContext.locale()));
    }

    /** An error text already in the user's language. */
    public static Notification errorText(String message) {
        Notification n = Notification.show(message, ERROR_MS, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    private Notify() {
    }
}
