package org.xueji.ui.classbalance;

import static org.xueji.ui.classbalance.Texts.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.List;
import org.xueji.classbalance.api.ClassBalanceService;
import org.xueji.classbalance.api.ClassMonitorRow;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ChartOption;
import org.xueji.ui.shell.kit.EChart;

/** 班额监测 (R14–R16): every class of a starting grade against the cap, by school and grade, with a chart. */
public class MonitorView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "classbalance/monitor";
    static final String CHART_ID = "cb-monitor-chart";

    private final transient Actor actor = UiContext.actor();
    private final transient ClassBalanceService service;
    private final Select<School> school = new Select<>();
    private final Select<Integer> grade = new Select<>();
    private final Div chart = new Div();
    private final Grid<ClassMonitorRow> grid = new Grid<>();

    public MonitorView() {
        setSizeFull();
        service = UiContext.service(getClass(), ClassBalanceService.class);
        List<School> schools = UiContext.service(getClass(), SchoolService.class).listSchools(actor);
        Paragraph intro = new Paragraph(t(ClassBalanceUiText.MONITOR_INTRO));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        school.setId("cb-monitor-school");
        school.setLabel(t(ClassBalanceUiText.FIELD_SCHOOL));
        List<School> choices = new ArrayList<>();
        if (actor.isDistrictWide()) {
            choices.add(null);
        }
        choices.addAll(schools);
        school.setItems(choices);
        school.setEmptySelectionAllowed(actor.isDistrictWide());
        school.setEmptySelectionCaption(t(ClassBalanceUiText.ALL_SCHOOLS));
        school.setItemLabelGenerator(s -> s == null ? t(ClassBalanceUiText.ALL_SCHOOLS) : s.name());
        if (!actor.isDistrictWide() && !schools.isEmpty()) {
            school.setValue(schools.get(0));
        }
        grade.setId("cb-monitor-grade");
        grade.setLabel(t(ClassBalanceUiText.FIELD_GRADE));
        grade.setItems(1, 7, 10);
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(t(ClassBalanceUiText.ALL_GRADES));
        school.addValueChangeListener(e -> reload());
        grade.addValueChangeListener(e -> reload());
        chart.setWidthFull();
        grid.setId("cb-monitor-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ClassMonitorRow::schoolName).setHeader(t(ClassBalanceUiText.COL_SCHOOL)).setAutoWidth(true);
        grid.addColumn(ClassMonitorRow::grade).setHeader(t(ClassBalanceUiText.COL_GRADE));
        grid.addColumn(r -> t(ClassBalanceUiText.CLASS_N, r.classNumber())).setHeader(t(ClassBalanceUiText.COL_CLASS));
        grid.addColumn(ClassMonitorRow::students).setKey("students").setHeader(t(ClassBalanceUiText.COL_STUDENTS));
        grid.addColumn(ClassMonitorRow::cap).setHeader(t(ClassBalanceUiText.COL_CAP));
        grid.addColumn(r -> r.huge() ? t(ClassBalanceUiText.HUGE) : r.overCap() ? t(ClassBalanceUiText.OVER_CAP) : "")
                .setKey("mark").setHeader(t(ClassBalanceUiText.COL_MARK));
        grid.setPartNameGenerator(r -> r.huge() ? "huge" : r.overCap() ? "over-cap" : null);
        add(new H2(t(ClassBalanceUiText.MONITOR_TITLE)), intro, new HorizontalLayout(school, grade), chart, grid);
        expand(grid);
        reload();
    }

    private void reload() {
        try {
            List<ClassMonitorRow> rows = service.monitor(actor, school.getValue() == null ? null : school.getValue().id(),
                    grade.getValue());
            grid.setItems(rows);
            chart.removeAll();
            if (!rows.isEmpty()) {
                int cap = rows.get(0).cap();
                chart.add(EChart.bar(CHART_ID, t(ClassBalanceUiText.CHART_SIZES),
                        rows.stream().map(r -> r.schoolName() + " " + r.grade() + "-" + r.classNumber()).toList(),
                        ChartOption.Series.of(t(ClassBalanceUiText.COL_STUDENTS),
                                rows.stream().map(ClassMonitorRow::students).toList())
                                .withLimit(cap, t(ClassBalanceUiText.CAP_LINE, cap))));
            }
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle(ClassBalanceUiText.MONITOR_TITLE);
    }
}
