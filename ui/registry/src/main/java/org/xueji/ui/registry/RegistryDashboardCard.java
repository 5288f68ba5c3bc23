package org.xueji.ui.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.RegistryCounts;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.DashboardContribution;
import org.xueji.ui.shell.api.UiContext;

/** Home dashboard card 学籍概况: schools, classes, students and over-size classes in scope. */
@org.osgi.service.component.annotations.Component(service = DashboardContribution.class)
public class RegistryDashboardCard implements DashboardContribution {

    private final SchoolService schools;

    @Activate
    public RegistryDashboardCard(@Reference SchoolService schools) {
        this.schools = schools;
    }

    @Override
    public Component createCard(Actor actor) {
        Locale locale = UiContext.locale();
        Div card = new Div();
        card.setId("registry-card");
        card.addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        // the same look where the utility classes are not loaded
        card.getStyle().set("padding", "var(--lumo-space-l)")
                .set("background-color", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "14em");
        H3 title = new H3(RegistryUiText.CARD_TITLE.format(locale));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        title.getStyle().set("margin", "0");
        card.add(title);

        RegistryCounts counts;
        try {
            counts = schools.counts(actor);
        } catch (DomainException e) {
            card.add(new Span(e.message(locale)));
            return card;
        } catch (RuntimeException e) {
            card.add(new Span(RegistryUiText.CARD_UNAVAILABLE.format(locale)));
            return card;
        }
        card.add(line(RegistryUiText.CARD_SCHOOLS.format(locale), "count-schools", counts.schools(), false),
                line(RegistryUiText.CARD_CLASSES.format(locale), "count-classes", counts.classes(), false),
                line(RegistryUiText.CARD_STUDENTS.format(locale), "count-students", counts.students(), false),
                line(RegistryUiText.CARD_OVER_CAP.format(locale), "count-over-cap", counts.overCapClasses(),
                        counts.overCapClasses() > 0));
        return card;
    }

    private static Div line(String label, String id, long value, boolean alert) {
        Span caption = new Span(label);
        caption.addClassNames(LumoUtility.TextColor.SECONDARY);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span number = new Span(String.valueOf(value));
        number.setId(id);
        number.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.XLARGE);
        number.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xl)");
        if (alert) {
            number.addClassNames(LumoUtility.TextColor.ERROR);
            number.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        Div line = new Div(caption, number);
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.LARGE);
        line.getStyle().set("display", "flex").set("justify-content", "space-between")
                .set("align-items", "baseline").set("gap", "var(--lumo-space-l)");
        return line;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Permission requiredPermission() {
        return Permission.VIEW_SCHOOL;
    }
}
