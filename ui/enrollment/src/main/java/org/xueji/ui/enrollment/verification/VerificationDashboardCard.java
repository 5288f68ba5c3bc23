package org.xueji.ui.enrollment.verification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.SemesterCompliance;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.ui.shell.api.DashboardContribution;
import org.xueji.ui.shell.api.UiContext;

/**
 * Home dashboard card 人籍一致核查 (R18). District users: the schools with fewer than two closed
 * checks this semester and the grade-9 students without a record. School users: their check in
 * the latest campaign and how many findings are open.
 */
@org.osgi.service.component.annotations.Component(service = DashboardContribution.class)
public class VerificationDashboardCard implements DashboardContribution {

    /** How many school names the card lists. */
    static final int NAMES_SHOWN = 5;

    private final VerificationService verifications;
    private final SchoolYearService calendar;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PlatformClock clock;

    @Activate
    public VerificationDashboardCard(@Reference VerificationService verifications,
                                     @Reference SchoolYearService calendar) {
        this.verifications = verifications;
        this.calendar = calendar;
    }

    @Override
    public Component createCard(Actor actor) {
        Locale locale = UiContext.locale();
        Div card = card();
        H3 title = new H3(VerificationUiText.CARD_TITLE.format(locale));
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        card.add(title);
        try {
            if (actor.isDistrictWide()) {
                district(card, actor, locale);
            } else {
                school(card, actor, locale);
            }
        } catch (DomainException e) {
            card.add(new Span(e.message(locale)));
        } catch (RuntimeException e) {
            card.add(new Span(VerificationUiText.CARD_UNAVAILABLE.format(locale)));
        }
        return card;
    }

    private void district(Div card, Actor actor, Locale locale) {
        Semesters.Semester semester = Semesters.current(calendar, today());
        List<SemesterCompliance> compliance = verifications.compliance(actor, semester.schoolYear(),
                semester.semester());
        long shortCount = compliance.stream().filter(c -> !c.enough()).count();
        int grade9 = compliance.stream().mapToInt(SemesterCompliance::grade9WithoutRecord).sum();
        Span when = new Span(VerificationUiText.CARD_SEMESTER.format(locale,
                VerificationUiText.SCHOOL_YEAR.format(locale, semester.schoolYear(), semester.schoolYear() + 1),
                (semester.semester() == 1 ? VerificationUiText.SEMESTER_1 : VerificationUiText.SEMESTER_2)
                        .format(locale)));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        card.add(when,
                line(VerificationUiText.CARD_SHORT_SCHOOLS.format(locale, SemesterCompliance.REQUIRED),
                        "ver-card-short-count", shortCount, shortCount > 0),
                line(VerificationUiText.CARD_GRADE9.format(locale), "ver-card-grade9", grade9, grade9 > 0));
        if (shortCount > 0) {
            List<String> names = ComplianceOrder.shortNames(compliance, NAMES_SHOWN);
            String text = String.join("、", names)
                    + (shortCount > names.size() ? VerificationUiText.CARD_MORE.format(locale, shortCount) : "");
            Span list = new Span(text);
            list.setId("ver-card-short-names");
            list.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(list);
        }
        card.add(link(locale, VerificationView.ROUTE));
    }

    private void school(Div card, Actor actor, Locale locale) {
        List<VerificationCampaign> campaigns = verifications.campaigns(actor);
        if (campaigns.isEmpty()) {
            Span none = new Span(VerificationUiText.CARD_NO_CAMPAIGN.format(locale));
            none.setId("ver-card-status");
            card.add(none);
            return;
        }
        VerificationCampaign latest = campaigns.get(0);
        SchoolVerification own = verifications.schools(actor, latest.id()).stream()
                .filter(v -> actor.schoolId() != null && v.schoolId() == actor.schoolId()).findFirst().orElse(null);
        Span campaign = new Span(VerificationUiText.CARD_CAMPAIGN.format(locale, latest.title(),
                String.valueOf(latest.dueDate())));
        campaign.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        SchoolVerification.Status status = own == null ? SchoolVerification.Status.NOT_STARTED : own.status();
        Span statusText = new Span(statusLabel(status, locale));
        statusText.setId("ver-card-status");
        statusText.getElement().setAttribute("data-status", status.name());
        statusText.getStyle().set("font-weight", "600");
        int unresolved = own == null ? 0 : own.unresolved();
        int grade9 = own == null ? 0 : own.grade9WithoutRecord();
        card.add(campaign, statusText,
                line(VerificationUiText.CARD_UNRESOLVED.format(locale), "ver-card-unresolved", unresolved,
                        unresolved > 0),
                line(VerificationUiText.CARD_GRADE9.format(locale), "ver-card-grade9", grade9, grade9 > 0),
                link(locale, VerificationView.location(latest.id(), null)));
    }

    private static String statusLabel(SchoolVerification.Status status, Locale locale) {
        return (switch (status) {
            case NOT_STARTED -> VerificationUiText.STATUS_NOT_STARTED;
            case IN_PROGRESS -> VerificationUiText.STATUS_IN_PROGRESS;
            case CLOSED -> VerificationUiText.STATUS_CLOSED;
        }).format(locale);
    }

    private LocalDate today() {
        PlatformClock c = clock;
        return c == null ? LocalDate.now() : c.today();
    }

    private static Anchor link(Locale locale, String href) {
        Anchor a = new Anchor(href, VerificationUiText.CARD_OPEN.format(locale));
        a.setId("ver-card-link");
        return a;
    }

    private static Div card() {
        Div card = new Div();
        card.setId("verification-card");
        // the look of the other cards, without relying on the utility classes being loaded
        card.getStyle().set("padding", "var(--lumo-space-l)")
                .set("background-color", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "14em").set("max-width", "24em");
        return card;
    }

    private static Div line(String label, String id, long value, boolean alert) {
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span number = new Span(String.valueOf(value));
        number.setId(id);
        number.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xl)");
        if (alert) {
            number.addClassName("risk");
            number.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        Div line = new Div(caption, number);
        line.getStyle().set("display", "flex").set("justify-content", "space-between")
                .set("align-items", "baseline").set("gap", "var(--lumo-space-l)");
        return line;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Permission requiredPermission() {
        return Permission.VIEW_STUDENT;
    }
}
