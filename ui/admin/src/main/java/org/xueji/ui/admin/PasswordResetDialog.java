package org.xueji.ui.admin;

import static org.xueji.ui.admin.AdminSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.ui.shell.api.UiContext;

/** 重置密码 (R2): a new password the holder must change at the next login. */
final class PasswordResetDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient AccountService accounts;
    private final transient Account account;
    private final transient Runnable onSaved;
    private final transient Locale locale = UiContext.locale();
    private final PasswordField password = new PasswordField();

    PasswordResetDialog(Actor actor, AccountService accounts, Account account, Runnable onSaved) {
        this.actor = actor;
        this.accounts = accounts;
        this.account = account;
        this.onSaved = onSaved;
        setId("account-reset-dialog");
        setHeaderTitle(t(AdminUiText.RESET_TITLE, account.username()));
        setWidth("min(30em, 96vw)");
        setCloseOnOutsideClick(false);

        password.setLabel(t(AdminUiText.FIELD_NEW_PASSWORD));
        password.setId("account-reset-password");
        password.setWidthFull();
        password.setMaxLength(128);
        password.setRequiredIndicatorVisible(true);
        PasswordHints hints = new PasswordHints("account-reset-hints", password, accounts, account::username, locale);
        hints.update();
        VerticalLayout body = new VerticalLayout(new Paragraph(t(AdminUiText.RESET_EXPLANATION)), password, hints);
        body.setPadding(false);
        body.setSpacing(false);
        add(body);

        Button save = new Button(t(AdminUiText.RESET_SAVE), e -> save());
        save.setId("account-reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(AdminUiText.CANCEL), e -> close());
        cancel.setId("account-reset-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        Map<String, Component> fields = Map.of(FormFieldIds.ACCOUNT_PASSWORD, password);
        AdminSupport.clearErrors(fields);
        if (password.getValue().isEmpty()) {
            AdminSupport.invalid(password, t(AdminUiText.REQUIRED));
            return;
        }
        char[] secret = password.getValue().toCharArray();
        try {
            accounts.resetPassword(actor, account.username(), secret);
        } catch (ValidationException e) {
            AdminSupport.showFieldErrors(e.errors(), FormFieldIds::account, fields, locale);
            return;
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        password.clear();
        UiContext.showSuccess(t(AdminUiText.RESET_DONE, account.username()));
        close();
        onSaved.run();
    }
}
