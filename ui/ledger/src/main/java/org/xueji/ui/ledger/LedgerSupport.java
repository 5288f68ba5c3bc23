package org.xueji.ui.ledger;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.LocalDate;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.ledger.api.Incident;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;

/** Texts and look-ups shared by the ledger views. */
final class LedgerSupport {

    static String t(LedgerUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    static String pageTitle(LedgerUiText title) {
        Locale locale = UiContext.locale();
        return LedgerUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    /** The school column: the bureau's own entries are named as such. */
    static String schoolName(Map<Long, String> names, Long schoolId, Locale locale) {
        return schoolId == null ? LedgerUiText.BUREAU.format(locale) : names.getOrDefault(schoolId, "#" + schoolId);
    }

    static String source(Incident i, Locale locale) {
        return Incident.MANUAL.equals(i.sourceModule()) ? LedgerUiText.SOURCE_MANUAL.format(locale) : i.sourceModule();
    }

    private LedgerSupport() {
    }

    /** Today by the platform clock (tests move it); the system date if the clock is not there. */
    static LocalDate today(Class<?> caller) {
        try {
            return UiContext.service(caller, PlatformClock.class).today();
        } catch (RuntimeException e) {
            return LocalDate.now();
        }
    }

    /** The ledger views need VIEW_LEDGER; the service checks it again on every call. */
    static void requireViewLedger(Actor actor, BeforeEnterEvent event) {
        if (!actor.has(Permission.VIEW_LEDGER)) {
            event.rerouteToError(new AccessDeniedException(PlatformMessages.PERMISSION_MISSING,
                    Permission.VIEW_LEDGER.name()), "");
        }
    }
}
