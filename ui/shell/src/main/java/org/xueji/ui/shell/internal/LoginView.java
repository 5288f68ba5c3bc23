package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.LoginResult;
import org.xueji.platform.api.security.SecurityMessages;
import org.xueji.ui.shell.api.UiContext;

/**
 * Login (R1, R2). Unknown user, wrong password, locked and disabled accounts get the same
 * message; attempts are throttled per address (here all attempts, in the account service the
 * failures); a successful login gets a fresh session id (no session fixation)
 * and ends the account's previous session.
 */
@Route("login")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String PENDING_PASSWORD_CHANGE = "xueji.pendingPasswordChange";
    static final String NOTICE = "xueji.loginNotice";

    private final LoginForm form = new LoginForm();
    private final Div notice = new Div();

    public LoginView() {
        Locale locale = UiContext.locale();
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setId("login-form");
        form.setI18n(i18n(locale, null));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::login);

        notice.setId("login-notice");
        notice.setMaxWidth("24em");
        notice.getStyle().set("color", "var(--lumo-primary-text-color)");
        H1 title = new H1(ShellText.LOGIN_TITLE.format(locale));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(title, notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        Object pending = session.getAttribute(NOTICE);
        if (pending instanceof String text) {
            notice.setText(text);
            session.setAttribute(NOTICE, null);
        }
        if (UiContext.loggedIn()) {
            event.forwardTo(HomeView.class);
        }
    }

    private void login(LoginEvent event) {
        Locale locale = UiContext.locale();
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        if (!ShellServices.throttle().tryAcquire(address)) {
            fail(locale, ShellText.LOGIN_THROTTLED.format(locale));
            return;
        }
        AccountService accounts = UiContext.service(LoginView.class, AccountService.class);
        // a fresh session id on login: an id known before login is worthless after it
        VaadinService.reinitializeSession(request);
        WrappedSession session = VaadinSession.getCurrent().getSession();
        String sessionId = session.getId();
        LoginResult result = accounts.login(event.getUsername(), event.getPassword().toCharArray(), address,
                sessionId);
        switch (result.status()) {
            case OK -> {
                Actor actor = result.actor();
                VaadinSession.getCurrent().setAttribute(Actor.class, actor);
                session.setAttribute(SessionRegistry.USERNAME, actor.username());
                ShellServices.sessions().register(sessionId, VaadinSession.getCurrent());
                if (result.endedSessionId() != null && !result.endedSessionId().equals(sessionId)) {
                    ShellServices.sessions().endReplaced(result.endedSessionId());
                }
                UI.getCurrent().navigate(HomeView.class);
            }
            case PASSWORD_CHANGE_REQUIRED, PASSWORD_EXPIRED -> {
                VaadinSession.getCurrent().setAttribute(PENDING_PASSWORD_CHANGE,
                        new ChangePasswordView.Pending(event.getUsername(), result.status()));
                if (result.endedSessionId() != null && !result.endedSessionId().equals(sessionId)) {
                    ShellServices.sessions().endReplaced(result.endedSessionId());
                }
                UI.getCurrent().navigate(ChangePasswordView.class);
            }
            case THROTTLED -> fail(locale, ShellText.LOGIN_THROTTLED.format(locale));
            // unknown user, wrong password, locked or disabled account: one message (issue 16), so that
            // a guesser learns neither which names exist nor that an account is locked
            default -> fail(locale, SecurityMessages.LOGIN_FAILED.format(locale));
        }
    }

    private void fail(Locale locale, String message) {
        form.setI18n(i18n(locale, message));
        form.setError(true);
        form.setEnabled(true);
    }

    private static LoginI18n i18n(Locale locale, String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(ShellText.LOGIN_SUBMIT.format(locale));
        f.setUsername(ShellText.LOGIN_USERNAME.format(locale));
        f.setPassword(ShellText.LOGIN_PASSWORD.format(locale));
        f.setSubmit(ShellText.LOGIN_SUBMIT.format(locale));
        f.setForgotPassword(ShellText.LOGIN_FORGOT.format(locale));
        LoginI18n.ErrorMessage e = i18n.getErrorMessage();
        e.setTitle(ShellText.LOGIN_ERROR_TITLE.format(locale));
        e.setMessage(error == null ? SecurityMessages.LOGIN_FAILED.format(locale) : error);
        i18n.setAdditionalInformation(ShellText.LOGIN_FORGOT.format(locale));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return ShellText.LOGIN_SUBMIT.format(UiContext.locale()) + " - " + ShellText.APP_TITLE.format(UiContext.locale());
    }
}
