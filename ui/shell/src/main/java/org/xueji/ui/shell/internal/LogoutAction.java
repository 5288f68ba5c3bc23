package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.ui.shell.api.UiContext;

/** Ends the current user's session (audited by the account service). */
final class LogoutAction {

    /** @param invalidate end the HTTP session too (a plain logout); false keeps it for a notice */
    static void logout(boolean invalidate) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        Actor actor = vaadinSession.getAttribute(Actor.class);
        WrappedSession session = vaadinSession.getSession();
        if (actor != null) {
            UiContext.service(LogoutAction.class, AccountService.class).logout(actor, session.getId());
        }
        vaadinSession.setAttribute(Actor.class, null);
        session.setAttribute(SessionRegistry.ENDED, "logout");
        session.removeAttribute(SessionRegistry.USERNAME);
        ShellServices.sessions().forget(session.getId());
        if (invalidate) {
            UI.getCurrent().getPage().setLocation("login");
            session.invalidate();
        }
    }

    private LogoutAction() {
    }
}
