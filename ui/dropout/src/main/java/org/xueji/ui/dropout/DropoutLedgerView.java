package org.xueji.ui.dropout;

import static org.xueji.ui.dropout.DropoutSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.dropout.api.DropoutService;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.LedgerCounts;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.School;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ChartOption;
import org.xueji.ui.shell.kit.EChart;

/**
 * 控辍台账 (R23): the suspected-dropout and dropout ledgers of the user's scope (a school its
 * school, a town official their towns, the district everything) by school and town, with counts,
 * a twelve-month trend chart and the responsible persons still missing in red (R22).
 */
public class DropoutLedgerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient DropoutService service;
    private final transient Map<Long, String> names;
    private final transient List<School> schools;
    private final Select<EntryStatus> ledger = new Select<>();
    private final Select<School> school = new Select<>();
    private final TextField town = new TextField();
    private final Span counts = new Span();
    private final Grid<Entry> grid = new Grid<>();
    private EChart trend;

    public DropoutLedgerView() {
        setSizeFull();
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            service = null;
            names = Map.of();
            schools = List.of();
            return;
        }
        service = UiContext.service(getClass(), DropoutService.class);
        schools = SchoolsInScope.of(getClass(), actor);
        names = SchoolsInScope.names(schools);
        H2 heading = new H2(t(DropoutUiText.LEDGER_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(DropoutUiText.LEDGER_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        counts.setId("dropout-counts");
        add(heading, intro, filters(), counts);
        trend = EChart.bar("dropout-trend", t(DropoutUiText.TREND), List.of());
        trend.setHeight("220px");
        add(trend);
        configureGrid();
        add(grid);
        expand(grid);
        refresh();
    }

    private Component filters() {
        ledger.setId("dropout-filter-ledger");
        ledger.setLabel(t(DropoutUiText.FILTER_LEDGER));
        ledger.setItems(EntryStatus.values());
        ledger.setEmptySelectionAllowed(true);
        ledger.setEmptySelectionCaption(t(DropoutUiText.ALL_OPEN));
        ledger.setItemLabelGenerator(s -> s == null ? t(DropoutUiText.ALL_OPEN) : DropoutSupport.status(s));
        school.setId("dropout-filter-school");
        school.setLabel(t(DropoutUiText.FILTER_SCHOOL));
        school.setItems(schools);
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption(t(DropoutUiText.ALL));
        school.setItemLabelGenerator(s -> s == null ? t(DropoutUiText.ALL) : s.code() + " " + s.name());
        school.setVisible(actor.schoolId() == null);
        town.setId("dropout-filter-town");
        town.setLabel(t(DropoutUiText.FILTER_TOWN));
        town.setClearButtonVisible(true);
        town.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        ledger.addValueChangeListener(e -> refresh());
        school.addValueChangeListener(e -> refresh());
        town.addValueChangeListener(e -> refresh());
        HorizontalLayout row = new HorizontalLayout(ledger, school, town);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void configureGrid() {
        grid.setId("dropout-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Entry::id).setKey("id").setHeader(t(DropoutUiText.COL_ID)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Entry::name).setKey("name").setHeader(t(DropoutUiText.COL_NAME)).setAutoWidth(true);
        grid.addColumn(e -> e.idNumberMasked() == null ? "" : e.idNumberMasked()).setKey("idNumber")
                .setHeader(t(DropoutUiText.COL_ID_NUMBER)).setAutoWidth(true);
        grid.addColumn(e -> e.schoolId() == null ? "" : names.getOrDefault(e.schoolId(), "#" + e.schoolId()))
                .setKey("school").setHeader(t(DropoutUiText.COL_SCHOOL)).setAutoWidth(true);
        grid.addColumn(e -> place(e)).setKey("place").setHeader(t(DropoutUiText.COL_PLACE)).setAutoWidth(true);
        grid.addColumn(e -> e.reason().format(locale)).setKey("reason").setHeader(t(DropoutUiText.COL_REASON))
                .setAutoWidth(true);
        grid.addColumn(Entry::foundOn).setKey("found").setHeader(t(DropoutUiText.COL_FOUND)).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(e -> DropoutSupport.statusBadge(e.status()))).setKey("status")
                .setHeader(t(DropoutUiText.COL_STATUS)).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(DropoutLedgerView::missing)).setKey("missing")
                .setHeader(t(DropoutUiText.COL_MISSING)).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(e -> {
            Button open = new Button(t(DropoutUiText.OPEN), ev -> UI.getCurrent().navigate(EntryView.ROUTE,
                    QueryParameters.simple(Map.of("id", String.valueOf(e.id())))));
            open.setId("dropout-open-" + e.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        })).setKey("actions").setHeader(t(DropoutUiText.COL_ACTIONS)).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t(DropoutUiText.EMPTY));
    }

    static String place(Entry e) {
        return (e.town() == null ? "" : e.town()) + (e.village() == null ? "" : " " + e.village());
    }

    /** R22: missing responsible persons in red. */
    static Span missing(Entry e) {
        Span s = new Span(e.missingLines().isEmpty() ? t(DropoutUiText.NONE_MISSING)
                : t(DropoutUiText.MISSING, e.missingLines().size()));
        if (!e.missingLines().isEmpty()) {
            s.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            s.addClassName("dropout-missing");
        }
        return s;
    }

    private void refresh() {
        try {
            School s = school.getValue();
            String tn = town.getValue() == null || town.getValue().isBlank() ? null : town.getValue().strip();
            grid.setItems(service.list(actor, new EntryQuery(ledger.getValue(), s == null ? null : s.id(), tn, null),
                    0, 1000));
            LedgerCounts c = service.counts(actor);
            counts.setText(t(DropoutUiText.COUNTS, c.byStatus().get(EntryStatus.SUSPECTED),
                    c.byStatus().get(EntryStatus.DROPOUT), c.byStatus().get(EntryStatus.CLOSING),
                    c.byStatus().get(EntryStatus.CLOSED), c.ageChildren()));
            List<String> months = new ArrayList<>(c.byMonth().keySet());
            List<Long> values = new ArrayList<>(c.byMonth().values());
            trend.setOption(ChartOption.bar(t(DropoutUiText.TREND), months,
                    List.of(ChartOption.Series.of(t(DropoutUiText.TREND_SERIES), values))));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DropoutSupport.requireView(actor, event);
    }

    @Override
    public String getPageTitle() {
        return DropoutSupport.pageTitle(DropoutUiText.LEDGER_TITLE);
    }
}
