package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.DiscrepancyKind;

/**
 * The three lists of a check (人在籍不在 / 籍在人不在 / 信息不一致) as tabs over one grid, in the
 * service's order (grades 9, 8, 6 first). Open grade-9 students without a record are red.
 */
final class DiscrepancyList extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** Grid cells live in its shadow DOM, reached by part name. */
    private static final String STYLE = "vaadin-grid#ver-discrepancies::part(risk) {"
            + " background-color: var(--lumo-error-color-10pct); color: var(--lumo-error-text-color); }";

    private final transient Consumer<Discrepancy> resolve;
    private final Tabs tabs = new Tabs();
    private final Map<DiscrepancyKind, Tab> tabByKind = new EnumMap<>(DiscrepancyKind.class);
    private final Grid<Discrepancy> grid = new Grid<>();
    private final Grid.Column<Discrepancy> fieldColumn;
    private final Grid.Column<Discrepancy> registryColumn;
    private final Grid.Column<Discrepancy> rosterColumn;
    private transient List<Discrepancy> all = List.of();
    private boolean editable;

    DiscrepancyList(Consumer<Discrepancy> resolve) {
        this.resolve = resolve;
        setPadding(false);
        Element style = new Element("style");
        style.setText(STYLE);
        getElement().appendChild(style);

        tabs.setId("ver-tabs");
        addTab(DiscrepancyKind.PERSON_WITHOUT_RECORD, "ver-tab-person");
        addTab(DiscrepancyKind.RECORD_WITHOUT_PERSON, "ver-tab-record");
        addTab(DiscrepancyKind.FIELD_MISMATCH, "ver-tab-mismatch");
        tabs.addSelectedChangeListener(e -> showTab());

        grid.setId("ver-discrepancies");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::gradeCell)).setKey("grade")
                .setHeader(t(VerificationUiText.COL_GRADE)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> VerificationSupport.classNumber(d.classNumber())).setKey("class")
                .setHeader(t(VerificationUiText.COL_CLASS)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> Objects.toString(d.name(), "")).setKey("name")
                .setHeader(t(VerificationUiText.COL_NAME)).setAutoWidth(true);
        grid.addColumn(d -> Objects.toString(d.idNumber(), "")).setKey("idNumber")
                .setHeader(t(VerificationUiText.COL_ID_NUMBER)).setAutoWidth(true);
        fieldColumn = grid.addColumn(d -> VerificationSupport.field(d.field())).setKey("field")
                .setHeader(t(VerificationUiText.COL_FIELD)).setAutoWidth(true);
        registryColumn = grid.addColumn(d -> Objects.toString(d.registryValue(), "")).setKey("registryValue")
                .setHeader(t(VerificationUiText.COL_REGISTRY_VALUE)).setAutoWidth(true);
        rosterColumn = grid.addColumn(d -> Objects.toString(d.rosterValue(), "")).setKey("rosterValue")
                .setHeader(t(VerificationUiText.COL_ROSTER_VALUE)).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(DiscrepancyList::resolutionCell)).setKey("resolution")
                .setHeader(t(VerificationUiText.COL_RESOLUTION)).setFlexGrow(1)
                .setTooltipGenerator(d -> Objects.toString(d.resolutionNote(), ""));
        grid.addColumn(new ComponentRenderer<>(this::actionCell)).setKey("actions")
                .setHeader(t(VerificationUiText.COL_ACTIONS)).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(d -> DiscrepancyRows.isGrade9Risk(d) ? "risk" : null);
        grid.setHeight("26em");
        add(tabs, grid);
        showTab();
    }

    private void addTab(DiscrepancyKind kind, String id) {
        Tab tab = new Tab(VerificationSupport.kind(kind));
        tab.setId(id);
        tabByKind.put(kind, tab);
        tabs.add(tab);
    }

    /** Shows a fresh comparison; the resolve buttons only while the check is open and the user may work on it. */
    void setItems(List<Discrepancy> discrepancies, boolean canResolve) {
        all = List.copyOf(discrepancies);
        editable = canResolve;
        tabByKind.forEach((kind, tab) -> {
            List<Discrepancy> rows = DiscrepancyRows.ofKind(all, kind);
            tab.removeAll();
            tab.add(new Span(VerificationSupport.kind(kind)));
            Span count = new Span(t(VerificationUiText.TAB_COUNT, DiscrepancyRows.unresolved(rows), rows.size()));
            count.addClassName("ver-tab-count");
            count.getStyle().set("margin-left", "var(--lumo-space-xs)")
                    .set("color", DiscrepancyRows.unresolved(rows) > 0 ? "var(--lumo-error-text-color)"
                            : "var(--lumo-secondary-text-color)");
            tab.add(count);
        });
        showTab();
    }

    private void showTab() {
        DiscrepancyKind kind = tabByKind.entrySet().stream().filter(e -> e.getValue() == tabs.getSelectedTab())
                .map(Map.Entry::getKey).findFirst().orElse(DiscrepancyKind.PERSON_WITHOUT_RECORD);
        boolean mismatch = kind == DiscrepancyKind.FIELD_MISMATCH;
        fieldColumn.setVisible(mismatch);
        registryColumn.setVisible(mismatch);
        rosterColumn.setVisible(mismatch);
        grid.setItems(DiscrepancyRows.ofKind(all, kind));
        grid.setEmptyStateText(t(VerificationUiText.LIST_EMPTY));
    }

    private Span gradeCell(Discrepancy d) {
        Span span = new Span(VerificationSupport.grade(d.gradeLevel()));
        if (DiscrepancyRows.isGrade9Risk(d)) {
            span.addClassName("risk");
            span.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            span.getElement().setAttribute("title", t(VerificationUiText.GRADE9_RISK_TIP));
        }
        return span;
    }

    private static Span resolutionCell(Discrepancy d) {
        if (!d.resolved()) {
            Span open = new Span(t(VerificationUiText.UNRESOLVED));
            open.addClassName("unresolved");
            open.getStyle().set("color", "var(--lumo-error-text-color)");
            return open;
        }
        String text = VerificationSupport.resolution(d.resolution());
        if (d.resolutionNote() != null && !d.resolutionNote().isBlank()) {
            text += "：" + d.resolutionNote();
        }
        Span done = new Span(text);
        done.addClassName("resolved");
        return done;
    }

    private com.vaadin.flow.component.Component actionCell(Discrepancy d) {
        Button button = new Button(t(d.resolved() ? VerificationUiText.RESOLVE_AGAIN : VerificationUiText.RESOLVE),
                e -> resolve.accept(d));
        button.addClassName("ver-resolve");
        button.getElement().setAttribute("data-discrepancy", String.valueOf(d.id()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                d.resolved() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        button.setVisible(editable);
        if (!editable || d.resolved() || d.kind() != DiscrepancyKind.PERSON_WITHOUT_RECORD) {
            return button;
        }
        // R18 one-click start: other modules' actions on the finding (e.g. a transfer in), by their own routes
        com.vaadin.flow.component.orderedlayout.HorizontalLayout cell =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(button);
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-s)");
        cell.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        org.xueji.platform.api.Actor actor = org.xueji.ui.shell.api.UiContext.actor();
        // this module's own action: register the child of a starting grade (R19) in one click
        if (org.xueji.ui.enrollment.registration.RegistrationLinks.registersFinding(actor, d.gradeLevel())) {
            com.vaadin.flow.component.html.Anchor register = new com.vaadin.flow.component.html.Anchor(
                    org.xueji.ui.enrollment.registration.RegistrationLinks.forFinding(d.id()),
                    org.xueji.ui.enrollment.registration.RegistrationLinks.label());
            register.setId("finding-register-" + d.id());
            register.addClassName("ver-finding-action");
            cell.add(register);
        }
        for (org.xueji.ui.shell.api.FindingActionContribution a
                : org.xueji.ui.shell.api.ShellExtensions.findingActions(actor)) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(a.href(d.id()),
                    a.label(org.xueji.ui.shell.api.UiContext.locale()));
            link.setId(a.id() + "-" + d.id());
            link.addClassName("ver-finding-action");
            cell.add(link);
        }
        return cell;
    }
}
