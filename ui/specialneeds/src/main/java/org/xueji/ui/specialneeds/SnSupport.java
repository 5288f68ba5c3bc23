package org.xueji.ui.specialneeds;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.followup.Placement;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.ComplianceFinding;
import org.xueji.specialneeds.api.ComplianceStatus;
import org.xueji.specialneeds.api.PlacementText;
import org.xueji.specialneeds.api.RulePart;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;

/** Texts and look-ups shared by the special-needs views. */
final class SnSupport {

    static String t(SpecialNeedsUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    static String pageTitle(SpecialNeedsUiText title) {
        Locale locale = UiContext.locale();
        return SpecialNeedsUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    static String placement(Placement p) {
        return p == null ? t(SpecialNeedsUiText.NONE) : new PlacementText(p).format(UiContext.locale());
    }

    /** "on track" or "breached: 2026-11: 0 visits, at least 1 required" in the user's language. */
    static String status(ChildStatus s) {
        Locale locale = UiContext.locale();
        if (s.compliance() == null) {
            return s.status().format(locale);
        }
        return s.compliance().findings().isEmpty() ? s.status().format(locale)
                : s.status().format(locale) + "：" + findings(s.compliance().findings());
    }

    static String findings(List<ComplianceFinding> findings) {
        Locale locale = UiContext.locale();
        return findings.stream().map(f -> (f.status() == ComplianceStatus.BREACHED ? "!" : "") + (f.part()
                == RulePart.VISITS_PER_MONTH ? f.part().format(locale, f.month().toString(), f.counted(), f.required())
                : f.part().format(locale, f.counted(), f.required()))).collect(Collectors.joining("；"));
    }

    static LocalDate today(Class<?> caller) {
        try {
            return UiContext.service(caller, PlatformClock.class).today();
        } catch (RuntimeException e) {
            return LocalDate.now();
        }
    }

    static void requireView(Actor actor, BeforeEnterEvent event) {
        if (!actor.has(Permission.VIEW_SPECIAL_NEEDS)) {
            event.rerouteToError(new AccessDeniedException(PlatformMessages.PERMISSION_MISSING,
                    Permission.VIEW_SPECIAL_NEEDS.name()), "");
        }
    }

    private SnSupport() {
    }
}
