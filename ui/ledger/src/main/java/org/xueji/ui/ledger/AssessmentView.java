package org.xueji.ui.ledger;

import static org.xueji.ui.ledger.LedgerSupport.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.xueji.ledger.api.AnnualAssessment;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.ledger.api.SchoolScore;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ChartOption;
import org.xueji.ui.shell.kit.EChart;

/**
 * 年度考核 (D4): the year's score per school and the district ranking, with the counts per
 * incident type. {@link #chartSlot()} above the grid is where the ranking chart goes (the UI
 * kit's chart component): it is handed the same {@link AnnualAssessment} on each change of year.
 */
public class AssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "ledger/assessment";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient LedgerService ledger;
    private final Select<Integer> year = new Select<>();
    private final Span weights = new Span();
    private final Span bureau = new Span();
    /** The ranking chart (the kit's ECharts component), for the e2e tests. */
    static final String CHART_ID = "assessment-ranking-chart";

    private final Div chartSlot = new Div();
    private final Grid<SchoolScore> grid = new Grid<>();
    private transient AnnualAssessment current;

    public AssessmentView() {
        setSizeFull();
        if (!actor.has(Permission.VIEW_LEDGER)) {
            ledger = null;
            return;
        }
        ledger = UiContext.service(getClass(), LedgerService.class);
        H2 heading = new H2(t(LedgerUiText.ASSESSMENT_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(LedgerUiText.ASSESSMENT_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        LocalDate today = today();
        year.setId("assessment-year");
        year.setLabel(t(LedgerUiText.FIELD_YEAR));
        year.setItems(Months.years(today, 2020));
        year.setValue(today.getYear());
        year.addValueChangeListener(e -> reload());
        weights.setId("assessment-weights");
        weights.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        bureau.setId("assessment-bureau");
        bureau.getStyle().set("font-size", "var(--lumo-font-size-s)");
        chartSlot.setId("assessment-chart");
        chartSlot.setWidthFull();
        configureGrid();
        add(heading, intro, year, weights, chartSlot, grid, bureau);
        expand(grid);
        reload();
    }

    /** Where the ranking chart is dropped in (above the grid). */
    Div chartSlot() {
        return chartSlot;
    }

    /** The assessment shown now, for a chart placed in {@link #chartSlot()}. */
    AnnualAssessment current() {
        return current;
    }

    private void configureGrid() {
        grid.setId("assessment-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(SchoolScore::rank).setKey("rank").setHeader(t(LedgerUiText.COL_RANK)).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SchoolScore::schoolCode).setKey("code").setHeader(t(LedgerUiText.COL_CODE)).setAutoWidth(true);
        grid.addColumn(SchoolScore::schoolName).setKey("school").setHeader(t(LedgerUiText.COL_SCHOOL))
                .setAutoWidth(true);
        grid.addColumn(SchoolScore::score).setKey("score").setHeader(t(LedgerUiText.COL_SCORE)).setAutoWidth(true)
                .setFlexGrow(0);
        for (IncidentType type : IncidentType.values()) {
            grid.addColumn(s -> s.count(type)).setKey("count-" + type.name())
                    .setHeader(t(LedgerUiText.COL_TYPE_COUNT, type.format(locale))).setAutoWidth(true);
        }
        grid.addColumn(SchoolScore::incidents).setKey("total").setHeader(t(LedgerUiText.COL_TOTAL))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t(LedgerUiText.ASSESSMENT_EMPTY));
    }

    private void reload() {
        try {
            current = ledger.assessment(actor, year.getValue());
        } catch (DomainException e) {
            UiContext.showError(e);
            current = null;
            grid.setItems(List.of());
            return;
        }
        grid.setItems(current.ranking());
        chartSlot.removeAll();
        if (!current.ranking().isEmpty()) {
            chartSlot.add(EChart.bar(CHART_ID, t(LedgerUiText.CHART_TITLE, String.valueOf(current.year())),
                    current.ranking().stream().map(SchoolScore::schoolName).toList(),
                    ChartOption.Series.of(t(LedgerUiText.COL_SCORE),
                            current.ranking().stream().map(SchoolScore::score).toList())));
        }
        weights.setText(t(LedgerUiText.WEIGHTS, current.baseScore(), current.weights().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(w -> w.getKey().format(locale) + " " + w.getValue()).collect(Collectors.joining("，"))));
        bureau.setText(t(LedgerUiText.BUREAU_INCIDENTS, current.bureauIncidents()));
        bureau.setVisible(actor.isDistrictWide());
    }

    private LocalDate today() {
        return LedgerSupport.today(getClass());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LedgerSupport.requireViewLedger(actor, event);
    }

    @Override
    public String getPageTitle() {
        return LedgerSupport.pageTitle(LedgerUiText.ASSESSMENT_TITLE);
    }
}
