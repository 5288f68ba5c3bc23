package org.xueji.ui.dropout;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.Badges;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;

/** Texts and look-ups shared by the dropout views. */
final class DropoutSupport {

    private DropoutSupport() {
    }

    static String t(DropoutUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    static String pageTitle(DropoutUiText title) {
        Locale locale = UiContext.locale();
        return DropoutUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    static String status(EntryStatus s) {
        return t(switch (s) {
            case SUSPECTED -> DropoutUiText.STATUS_SUSPECTED;
            case DROPOUT -> DropoutUiText.STATUS_DROPOUT;
            case CLOSING -> DropoutUiText.STATUS_CLOSING;
            case CLOSED -> DropoutUiText.STATUS_CLOSED;
        });
    }

    static Span statusBadge(EntryStatus s) {
        Span badge = switch (s) {
            case SUSPECTED -> Badges.contrast(status(s));
            case DROPOUT -> Badges.error(status(s));
            case CLOSING -> Badges.contrast(status(s));
            case CLOSED -> Badges.success(status(s));
        };
        badge.addClassName("dropout-status-" + s.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static LocalDate today(Class<?> caller) {
        try {
            return UiContext.service(caller, PlatformClock.class).today();
        } catch (RuntimeException e) {
            return LocalDate.now();
        }
    }

    static void requireView(Actor actor, BeforeEnterEvent event) {
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            event.rerouteToError(new AccessDeniedException(PlatformMessages.PERMISSION_MISSING,
                    Permission.VIEW_DROPOUT.name()), "");
        }
    }

    static Long queryId(BeforeEnterEvent event, String name) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of());
        try {
            return values.isEmpty() ? null : Long.valueOf(values.get(0));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
