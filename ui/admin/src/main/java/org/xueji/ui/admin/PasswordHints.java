package org.xueji.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.xueji.platform.api.security.AccountService;

/**
 * Live hints under a password field (R2): what {@link AccountService#checkPolicy} refuses about
 * the candidate, or that it is acceptable.
 */
final class PasswordHints extends Div {

    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;
    private final transient Supplier<String> username;
    private final transient Locale locale;
    private final PasswordField field;

    PasswordHints(String id, PasswordField field, AccountService accounts, Supplier<String> username,
                  Locale locale) {
        this.field = field;
        this.accounts = accounts;
        this.username = username;
        this.locale = locale;
        setId(id);
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("display", "flex")
                .set("flex-direction", "column").set("gap", "2px");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(e -> update());
    }

    /** Checks the field's current value again (also after the user name changed). */
    void update() {
        removeAll();
        String value = field.getValue();
        if (value == null || value.isEmpty()) {
            Span hint = new Span(AdminUiText.PASSWORD_POLICY_HINT.format(locale));
            hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(hint);
            return;
        }
        char[] candidate = value.toCharArray();
        List<String> refusals;
        try {
            refusals = accounts.checkPolicy(username.get(), candidate, locale);
        } catch (RuntimeException e) {
            refusals = List.of();
        } finally {
            Arrays.fill(candidate, '\0');
        }
        if (refusals == null || refusals.isEmpty()) {
            Span ok = new Span("✓ " + AdminUiText.PASSWORD_ACCEPTABLE.format(locale));
            ok.addClassName("password-ok");
            ok.getStyle().set("color", "var(--lumo-success-text-color)");
            add(ok);
            return;
        }
        for (String refusal : refusals) {
            Span line = new Span("✗ " + refusal);
            line.addClassName("password-refusal");
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            add(line);
        }
    }
}
