package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Locale;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.LoginResult;
import org.xueji.ui.shell.api.UiContext;

/**
 * Changing the password (R2): forced at the first login of an administrator-created account
 * and after expiry, or chosen by a logged-in user. After a change the user logs in again.
 */
@Route("change-password")
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** A login that may not enter before the password is changed. */
    record Pending(String username, LoginResult.Status reason) implements Serializable {
    }

    private final Paragraph reason = new Paragraph();
    private final PasswordField oldPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private String username;

    public ChangePasswordView() {
        Locale locale = UiContext.locale();
        setAlignItems(FlexComponent.Alignment.CENTER);
        reason.setId("pw-reason");
        oldPassword.setId("pw-old");
        oldPassword.setLabel(ShellText.PASSWORD_OLD.format(locale));
        newPassword.setId("pw-new");
        newPassword.setLabel(ShellText.PASSWORD_NEW.format(locale));
        newPassword.setHelperText(ShellText.PASSWORD_RULES.format(locale));
        confirm.setId("pw-confirm");
        confirm.setLabel(ShellText.PASSWORD_CONFIRM.format(locale));
        for (PasswordField f : new PasswordField[] {oldPassword, newPassword, confirm}) {
            f.setWidth("24em");
            f.setMaxLength(128);
        }
        Button save = new Button(ShellText.SAVE.format(locale), e -> save());
        save.setId("pw-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(new H2(ShellText.CHANGE_PASSWORD_TITLE.format(locale)), reason, oldPassword, newPassword, confirm, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        Pending pending = (Pending) session.getAttribute(LoginView.PENDING_PASSWORD_CHANGE);
        Actor actor = session.getAttribute(Actor.class);
        Locale locale = UiContext.locale();
        if (pending != null) {
            username = pending.username();
            reason.setText(pending.reason() == LoginResult.Status.PASSWORD_EXPIRED
                    ? ShellText.CHANGE_PASSWORD_EXPIRED.format(locale)
                    : ShellText.CHANGE_PASSWORD_REQUIRED.format(locale));
        } else if (actor != null) {
            username = actor.username();
        } else {
            event.forwardTo(LoginView.class);
        }
    }

    private void save() {
        Locale locale = UiContext.locale();
        for (PasswordField f : new PasswordField[] {oldPassword, newPassword, confirm}) {
            f.setInvalid(false);
        }
        if (!newPassword.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(ShellText.PASSWORD_MISMATCH.format(locale));
            confirm.setInvalid(true);
            return;
        }
        AccountService accounts = UiContext.service(ChangePasswordView.class, AccountService.class);
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            accounts.changePassword(username, oldPassword.getValue().toCharArray(),
                    newPassword.getValue().toCharArray(), request == null ? null : request.getRemoteAddr());
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                PasswordField field = "oldPassword".equals(error.field()) ? oldPassword : newPassword;
                field.setErrorMessage(error.message(locale));
                field.setInvalid(true);
            }
            return;
        } catch (DomainException e) {
            oldPassword.setErrorMessage(e.message(locale));
            oldPassword.setInvalid(true);
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(LoginView.PENDING_PASSWORD_CHANGE, null);
        session.setAttribute(LoginView.NOTICE, ShellText.LOGIN_PASSWORD_CHANGED.format(locale));
        if (session.getAttribute(Actor.class) != null) {
            // a logged-in user who changed the password logs in again with it
            LogoutAction.logout(false);
        }
        UI.getCurrent().navigate(LoginView.class);
    }

    @Override
    public String getPageTitle() {
        return ShellText.CHANGE_PASSWORD_TITLE.format(UiContext.locale());
    }
}
