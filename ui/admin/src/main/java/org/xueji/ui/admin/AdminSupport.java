package org.xueji.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformClock;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;

/** Small component helpers shared by the admin views. */
final class AdminSupport {

    /** Times are shown and entered in the server's zone (the district's). */
    static final ZoneId ZONE = ZoneId.systemDefault();

    /** A text of the admin views in the user's language. */
    static String t(AdminUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    /** {@code 账号管理 - 学籍管理平台}. */
    static String pageTitle(AdminUiText title) {
        Locale locale = UiContext.locale();
        return AdminUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    /** A service the view can do without (e.g. school names while the registry is being upgraded). */
    static <T> T optionalService(Class<?> caller, Class<T> type) {
        try {
            return UiContext.service(caller, type);
        } catch (ModuleUnavailableException e) {
            return null;
        }
    }

    /** The platform's "now" (moved in tests of lockouts), else the system clock. */
    static Instant now(Class<?> caller) {
        PlatformClock clock = optionalService(caller, PlatformClock.class);
        return clock == null ? Clock.systemUTC().instant() : clock.now();
    }



    /** A banner above the content: red for errors, green otherwise. */
    static void showBanner(Div banner, String text, boolean error) {
        banner.setText(text);
        banner.getElement().setAttribute("role", error ? "alert" : "status");
        banner.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-weight", "500")
                .set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)")
                .set("background-color", error ? "var(--lumo-error-color-10pct)" : "var(--lumo-success-color-10pct)");
        banner.removeClassNames("banner-error", "banner-ok");
        banner.addClassName(error ? "banner-error" : "banner-ok");
        banner.setVisible(true);
    }

    static void showErrorText(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Shows each error on its field; errors of fields not on the form go to one notification.
     *
     * @param idOf   the form field id for an input field name, or {@code null}
     * @param fields the form's fields by id
     */
    static void showFieldErrors(List<FieldError> errors, Function<String, String> idOf, Map<String, Component> fields,
                                Locale locale) {
        Map<Component, List<String>> byField = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (FieldError error : errors) {
            String message = error.message(locale);
            String id = idOf.apply(error.field());
            Component field = id == null ? null : fields.get(id);
            if (field instanceof HasValidation && field.isVisible()) {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
            } else {
                other.add(error.field() == null ? message
                        : AdminUiText.FIELD_ERROR.format(locale, error.field(), message));
            }
        }
        byField.forEach((field, messages) -> {
            HasValidation v = (HasValidation) field;
            v.setErrorMessage(String.join("；", messages));
            v.setInvalid(true);
        });
        if (!other.isEmpty()) {
            showErrorText(String.join("；", other));
        }
        byField.keySet().stream().findFirst().ifPresent(f -> {
            if (f instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    /** Marks one field invalid with a message. */
    static void invalid(Component field, String message) {
        if (field instanceof HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(true);
        }
    }

    static void clearErrors(Map<String, Component> fields) {
        fields.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage("");
            }
        });
    }

    /**
     * A confirmation dialog (buttons {@code confirm-ok} and {@code confirm-cancel}).
     *
     * @param danger the confirm button is red (disabling an account, rejecting)
     */
    static Dialog confirm(String header, String text, String confirmText, boolean danger, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId("confirm-dialog");
        dialog.setHeaderTitle(header);
        dialog.add(new Paragraph(text));
        Button ok = new Button(confirmText, e -> {
            dialog.close();
            action.run();
        });
        ok.setId("confirm-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button(AdminUiText.CANCEL.format(UiContext.locale()), e -> dialog.close());
        cancel.setId("confirm-cancel");
        dialog.getFooter().add(cancel, ok);
        return dialog;
    }

    private AdminSupport() {
    }
}
