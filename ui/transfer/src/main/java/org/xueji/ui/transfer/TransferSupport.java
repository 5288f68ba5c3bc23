package org.xueji.ui.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.PlatformClock;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ContentKind;
import org.xueji.ui.shell.kit.UploadRules;

/** Texts and look-ups shared by the transfer views. */
final class TransferSupport {

    /** Evidence as the server judges it (EvidenceRules.DOCUMENTS: PDF, PNG, JPEG, 10 MB). */
    static final UploadRules EVIDENCE = UploadRules.of(10L * 1024 * 1024, ContentKind.PDF, ContentKind.PNG,
            ContentKind.JPEG);

    static String t(TransferUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    static String pageTitle(TransferUiText title) {
        Locale locale = UiContext.locale();
        return TransferUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    static Map<Long, String> schoolNames(Class<?> caller, Actor actor) {
        try {
            List<School> schools = UiContext.service(caller, SchoolService.class).listSchools(actor);
            return schools.stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
        } catch (ModuleUnavailableException | DomainException e) {
            return Map.of();
        }
    }

    static String school(Map<Long, String> names, Long id) {
        return id == null ? "-" : names.getOrDefault(id, "#" + id);
    }

    /** "剩 3 天" / "逾期 2 天" / "" (decided or no calendar data). */
    static String daysLeft(ChangeRequest r) {
        if (r.workingDaysLeft() == null) {
            return "";
        }
        return r.workingDaysLeft() < 0 ? t(TransferUiText.OVERDUE_BY, -r.workingDaysLeft())
                : t(TransferUiText.DAYS_LEFT, r.workingDaysLeft());
    }

    static String step(String stepId) {
        if (stepId == null) {
            return "";
        }
        return org.xueji.transfer.api.TransferSteps.Label.valueOf(stepId.toUpperCase(Locale.ROOT).replace('-', '_'))
                .format(UiContext.locale());
    }

    static LocalDate today(Class<?> caller) {
        try {
            return UiContext.service(caller, PlatformClock.class).today();
        } catch (RuntimeException e) {
            return LocalDate.now();
        }
    }

    private TransferSupport() {
    }
}
