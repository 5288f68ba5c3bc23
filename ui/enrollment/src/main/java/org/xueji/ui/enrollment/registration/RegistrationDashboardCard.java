package org.xueji.ui.enrollment.registration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.Grades;
import org.xueji.ui.shell.api.DashboardContribution;
import org.xueji.ui.shell.api.UiContext;

/**
 * Home dashboard card 新生注册进度 (R19): for district users how many schools are overdue or
 * due soon, for school users their own progress per grade. The module's reminders are not
 * here: the service offers them as a ReminderProvider and the console's 提醒 card shows them.
 */
@org.osgi.service.component.annotations.Component(service = DashboardContribution.class)
public class RegistrationDashboardCard implements DashboardContribution {

    private final RegistrationService registrations;

    @Activate
    public RegistrationDashboardCard(@Reference RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public Component createCard(Actor actor) {
        Locale locale = UiContext.locale();
        Div card = new Div();
        card.setId("registration-card");
        card.getStyle().set("padding", "var(--lumo-space-l)")
                .set("background-color", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "16em").set("max-width", "32em");
        H3 title = new H3(RegistrationUiText.CARD_TITLE.format(locale));
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        card.add(title);

        List<DeadlineProgress> progress;
        try {
            progress = registrations.progress(actor, registrations.currentSchoolYear());
        } catch (DomainException e) {
            card.add(new Span(e.message(locale)));
            return card;
        } catch (RuntimeException e) {
            // the module going away while the page is built must not break the home page
            card.add(new Span(RegistrationUiText.CARD_UNAVAILABLE.format(locale)));
            return card;
        }

        if (actor.isDistrictWide()) {
            DeadlineDisplay.Summary s = DeadlineDisplay.summarize(progress);
            card.add(count(RegistrationUiText.CARD_OVERDUE_SCHOOLS.format(locale), "registration-overdue-schools",
                            s.overdueSchools(), "var(--lumo-error-text-color)"),
                    count(RegistrationUiText.CARD_DUE_SOON_SCHOOLS.format(locale), "registration-due-soon-schools",
                            s.dueSoonSchools(), "var(--lumo-warning-text-color, #a35f00)"));
        } else {
            progress.stream().sorted(Comparator.comparingInt(DeadlineProgress::gradeLevel))
                    .forEach(p -> card.add(gradeLine(p, locale)));
        }
        Anchor open = new Anchor(DeadlinesView.ROUTE, RegistrationUiText.CARD_OPEN.format(locale));
        open.setId("registration-card-open");
        card.add(open);
        return card;
    }

    private static Div count(String label, String id, long value, String alertColour) {
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span number = new Span(String.valueOf(value));
        number.setId(id);
        number.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xl)");
        if (value > 0) {
            number.getStyle().set("color", alertColour);
        }
        Div line = new Div(caption, number);
        line.getStyle().set("display", "flex").set("justify-content", "space-between")
                .set("align-items", "baseline").set("gap", "var(--lumo-space-l)");
        return line;
    }

    private static Div gradeLine(DeadlineProgress p, Locale locale) {
        Span text = new Span(RegistrationUiText.CARD_GRADE_PROGRESS.format(locale, Grades.name(p.gradeLevel()),
                p.registered(), p.planned(), DeadlineDisplay.percent(p), RegistrationSupport.date(p.dueDate())));
        Span status = new Span(DeadlineDisplay.statusText(p.status()).format(locale));
        status.addClassNames("deadline-status", DeadlineDisplay.cssClass(p.status()));
        status.getStyle().set("font-weight", "600").set("margin-left", "var(--lumo-space-s)")
                .set("color", p.status() == DeadlineProgress.Status.OVERDUE ? "var(--lumo-error-text-color)"
                        : "var(--lumo-secondary-text-color)");
        Div line = new Div(text, status);
        line.setId("registration-grade-" + p.gradeLevel());
        return line;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Permission requiredPermission() {
        return Permission.VIEW_SCHOOL;
    }
}
