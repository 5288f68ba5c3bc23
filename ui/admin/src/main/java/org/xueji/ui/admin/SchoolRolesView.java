package org.xueji.ui.admin;

import org.xueji.ui.shell.api.Badges;
import static org.xueji.ui.admin.AdminSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Objects;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.SchoolRoleHolders;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;

/**
 * 学校学籍负责人 (R6): for each school its leader in charge of registry work (分管领导),
 * registrars (学籍管理员) and principal; schools lacking a leader or a registrar are red.
 */
public class SchoolRolesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "school-roles";

    private static final String STYLE = "vaadin-grid#school-roles-grid::part(missing-role) {"
            + " background-color: var(--lumo-error-color-10pct); }";

    private final transient Actor actor = UiContext.actor();
    private final transient AccountService accounts = UiContext.service(getClass(), AccountService.class);
    private final transient SchoolService schoolService = AdminSupport.optionalService(getClass(), SchoolService.class);

    private final Checkbox missingOnly = new Checkbox(t(AdminUiText.ROLES_MISSING_ONLY));
    private final Span summary = new Span();
    private final Grid<SchoolRoleRow> grid = new Grid<>();
    private transient List<SchoolRoleRow> rows = List.of();

    public SchoolRolesView() {
        setSizeFull();
        setPadding(true);
        Element style = new Element("style");
        style.setText(STYLE);
        getElement().appendChild(style);

        H2 heading = new H2(t(AdminUiText.ROLES_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(AdminUiText.ROLES_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        missingOnly.setId("school-roles-missing-only");
        missingOnly.addValueChangeListener(e -> show());
        summary.setId("school-roles-summary");
        summary.getStyle().set("font-weight", "600");
        HorizontalLayout bar = new HorizontalLayout(summary, missingOnly);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(heading, intro, bar, grid);
        expand(grid);
        load();
    }

    private void configureGrid() {
        grid.setId("school-roles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Objects.toString(r.code(), "")).setKey("code").setHeader(t(AdminUiText.COL_SCHOOL_CODE))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SchoolRoleRow::schoolName).setKey("school").setHeader(t(AdminUiText.COL_SCHOOL))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> holders(r.leaders(), r.missingLeader(),
                        AdminUiText.MISSING_LEADER))).setKey("leaders").setHeader(t(AdminUiText.COL_LEADER))
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(r -> holders(r.registrars(), r.missingRegistrar(),
                        AdminUiText.MISSING_REGISTRAR))).setKey("registrars").setHeader(t(AdminUiText.COL_REGISTRARS))
                .setFlexGrow(1);
        grid.addColumn(r -> SchoolRoleRow.names(r.principals(), t(AdminUiText.STATE_DISABLED))).setKey("principals")
                .setHeader(t(AdminUiText.COL_PRINCIPAL)).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(SchoolRolesView::status)).setKey("status")
                .setHeader(t(AdminUiText.COL_STATUS)).setAutoWidth(true).setFlexGrow(0)
                .setComparator(SchoolRoleRow::complete);
        grid.setPartNameGenerator(r -> r.complete() ? null : "missing-role");
        grid.setEmptyStateText(t(AdminUiText.ROLES_EMPTY));
    }

    private static Component holders(List<Account> accounts, boolean missing, AdminUiText missingText) {
        if (missing) {
            Div cell = new Div();
            Span badge = Badges.error(t(missingText));
            badge.addClassName("missing-role");
            cell.add(badge);
            if (!accounts.isEmpty()) {
                // only disabled holders
                cell.add(new Span(" " + SchoolRoleRow.names(accounts, t(AdminUiText.STATE_DISABLED))));
            }
            return cell;
        }
        return new Span(SchoolRoleRow.names(accounts, t(AdminUiText.STATE_DISABLED)));
    }

    private static Component status(SchoolRoleRow r) {
        if (r.complete()) {
            return Badges.success(t(AdminUiText.ROLES_COMPLETE));
        }
        Div cell = new Div();
        cell.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (r.missingLeader()) {
            cell.add(Badges.error(t(AdminUiText.MISSING_LEADER)));
        }
        if (r.missingRegistrar()) {
            cell.add(Badges.error(t(AdminUiText.MISSING_REGISTRAR)));
        }
        return cell;
    }

    private void load() {
        List<SchoolRoleHolders> holders;
        try {
            holders = accounts.schoolRoleHolders(actor);
        } catch (DomainException e) {
            UiContext.showError(e);
            holders = List.of();
        }
        List<School> schools = List.of();
        if (schoolService != null) {
            try {
                schools = schoolService.listSchools(actor);
            } catch (DomainException e) {
                UiContext.showError(e);
            }
        }
        rows = SchoolRoleRow.join(schools, holders);
        show();
    }

    private void show() {
        List<SchoolRoleRow> incomplete = SchoolRoleRow.incomplete(rows);
        summary.setText(t(AdminUiText.ROLES_SUMMARY, rows.size(), incomplete.size()));
        summary.getStyle().set("color", incomplete.isEmpty() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        grid.setItems(missingOnly.getValue() ? incomplete : rows);
    }

    @Override
    public String getPageTitle() {
        return AdminSupport.pageTitle(AdminUiText.ROLES_TITLE);
    }
}
