package org.xueji.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import org.xueji.ui.shell.kit.DashboardCard;

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
        DashboardCard card = new DashboardCard("missing-role-card", AdminUiText.CARD_TITLE.format(locale));
        if (!actor.isDistrictWide()) {
            // a school sees its own role holders in the school-roles view
            card.setVisible(false);
            return card;
        }
        card.getStyle().set("max-width", "28em");

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
            return card.note(e.message(locale));
        }

        card.count(AdminUiText.CARD_MISSING.format(locale), "missing-role-count", missing.size(), !missing.isEmpty());

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
        card.content(names);

        Anchor link = new Anchor(SchoolRolesView.ROUTE, AdminUiText.CARD_LINK.format(locale));
        link.setId("missing-role-link");
        card.content(link);
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
