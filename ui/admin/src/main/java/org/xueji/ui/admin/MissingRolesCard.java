package org.xueji.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.security.AccountService;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.DashboardContribution;
import org.xueji.ui.shell.api.UiContext;

/**
 * Home dashboard card 学籍负责人配备 (R6) for district-wide actors: how many and which schools
 * lack a leader in charge of registry work or a registrar, with a link to {@code school-roles}.
 */
@org.osgi.service.component.annotations.Component(service = DashboardContribution.class)
public class MissingRolesCard implements DashboardContribution {

    /** Names listed on the card; more are summed up. */
    static final int LISTED = 8;

    private final AccountService accounts;
    private final SchoolService schools;

    @Activate
    public MissingRolesCard(@Reference AccountService accounts, @Reference SchoolService schools) {
        this.accounts = accounts;
        this.schools = schools;
    }

    @Override
    public Component createCard(Actor actor) {
        Locale locale = UiContext.locale();
        Div card = new Div();
        card.setId("missing-role-card");
        if (!actor.isDistrictWide()) {
            // a school sees its own role holders in the school-roles view
            card.setVisible(false);
            return card;
        }
        card.addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.LARGE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        card.getStyle().set("padding", "var(--lumo-space-l)")
                .set("background-color", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "14em").set("max-width", "28em");
        H3 title = new H3(AdminUiText.CARD_TITLE.format(locale));
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        card.add(title);

        List<SchoolRoleRow> missing;
        try {
            List<School> list;
            try {
                list = schools.listSchools(actor);
            } catch (DomainException e) {
                list = List.of();
            }
            missing = SchoolRoleRow.incomplete(SchoolRoleRow.join(list, accounts.schoolRoleHolders(actor)));
        } catch (AccessDeniedException e) {
            card.setVisible(false);
            return card;
        } catch (DomainException e) {
            card.add(new Span(e.message(locale)));
            return card;
        }

        Span caption = new Span(AdminUiText.CARD_MISSING.format(locale));
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span number = new Span(String.valueOf(missing.size()));
        number.setId("missing-role-count");
        number.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xl)")
                .set("color", missing.isEmpty() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        Div line = new Div(caption, number);
        line.getStyle().set("display", "flex").set("justify-content", "space-between")
                .set("align-items", "baseline").set("gap", "var(--lumo-space-l)");
        card.add(line);

        Div names = new Div();
        names.setId("missing-role-schools");
        names.getStyle().set("font-size", "var(--lumo-font-size-s)");
        if (missing.isEmpty()) {
            names.setText(AdminUiText.CARD_ALL_COMPLETE.format(locale));
        } else {
            String listed = missing.stream().limit(LISTED).map(r -> r.schoolName() + "（" + lacks(r, locale) + "）")
                    .collect(Collectors.joining("；"));
            names.setText(missing.size() > LISTED
                    ? AdminUiText.CARD_MORE.format(locale, listed, missing.size() - LISTED) : listed);
        }
        card.add(names);

        Anchor link = new Anchor(SchoolRolesView.ROUTE, AdminUiText.CARD_LINK.format(locale));
        link.setId("missing-role-link");
        card.add(link);
        return card;
    }

    private static String lacks(SchoolRoleRow r, Locale locale) {
        if (r.missingLeader() && r.missingRegistrar()) {
            return AdminUiText.MISSING_LEADER.format(locale) + "、" + AdminUiText.MISSING_REGISTRAR.format(locale);
        }
        return (r.missingLeader() ? AdminUiText.MISSING_LEADER : AdminUiText.MISSING_REGISTRAR).format(locale);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Permission requiredPermission() {
        return Permission.VIEW_SCHOOL;
    }
}
