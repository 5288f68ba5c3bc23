package org.xueji.ui.shell.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.api.ViewContribution;

/**
 * Runs before any view is created (R1): nobody reaches a view without logging in (except the
 * views a module contributes as public, issue 12), and a
 * session that a newer login of the same account replaced is ended (R2).
 */
final class AccessControl implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    /** Only the login pages and views contributed as {@link ViewContribution#isPublic() public} are open without login. */
    static boolean needsLogin(Class<?> target, Optional<ViewContribution> contribution) {
        if (target == LoginView.class || target == ChangePasswordView.class) {
            return false;
        }
        return contribution.filter(c -> c.viewClass() == target).map(c -> !c.isPublic()).orElse(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (!needsLogin(target, ViewRegistry.current().contributionFor(target))) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Actor actor = session.getAttribute(Actor.class);
        if (actor == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        String sessionId = session.getSession().getId();
        if (!UiContext.service(AccessControl.class, AccountService.class).isSessionCurrent(actor.username(),
                sessionId)) {
            session.setAttribute(Actor.class, null);
            session.setAttribute(LoginView.NOTICE, ShellText.LOGIN_SESSION_REPLACED.format(UiContext.locale()));
            session.getSession().setAttribute(SessionRegistry.ENDED, "replaced");
            event.forwardTo(LoginView.class);
        }
    }
}
