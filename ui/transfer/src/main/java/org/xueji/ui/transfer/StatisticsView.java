package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.transfer.api.TransferService;
import org.xueji.transfer.api.TransferStatistics;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ChartOption;
import org.xueji.ui.shell.kit.EChart;
import org.xueji.ui.shell.kit.Notify;

/** 学籍异动统计: transfers in/out per month as a chart, per school and month as a grid, approval times. */
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "transfers/statistics";

    private final transient Actor actor = UiContext.actor();
    private final Select<Integer> year = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<TransferStatistics.Month> grid = new Grid<>();
    private final VerticalLayout chartHolder = new VerticalLayout();
    private final transient Map<Long, String> names;

    public StatisticsView() {
        setSizeFull();
        names = TransferSupport.schoolNames(getClass(), actor);
        H2 heading = new H2(t(TransferUiText.STATS_TITLE));
        heading.getStyle().set("margin", "0");
        int thisYear = TransferSupport.today(getClass()).getYear();
        year.setId("transfer-stats-year");
        year.setLabel(t(TransferUiText.FIELD_YEAR));
        year.setItems(thisYear, thisYear - 1, thisYear - 2);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        summary.setId("transfer-stats-summary");
        chartHolder.setPadding(false);
        chartHolder.setHeight("320px");
        grid.setId("transfer-stats-grid");
        grid.addColumn(m -> TransferSupport.school(names, m.schoolId())).setHeader(t(TransferUiText.COL_FROM));
        grid.addColumn(m -> m.month().toString()).setHeader(t(TransferUiText.COL_DATE));
        grid.addColumn(TransferStatistics.Month::in).setHeader(t(TransferUiText.STATS_IN));
        grid.addColumn(TransferStatistics.Month::out).setHeader(t(TransferUiText.STATS_OUT));
        add(heading, year, summary, new StatisticsExportBar(actor, year::getValue), chartHolder, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        try {
            TransferStatistics s = UiContext.service(getClass(), TransferService.class).statistics(actor, year.getValue());
            summary.setText(t(TransferUiText.STATS_SUMMARY, s.decided(), s.medianDays() == null ? "-" : s.medianDays(),
                    s.p90Days() == null ? "-" : s.p90Days(), s.overdueNow()));
            grid.setItems(s.months());
            Map<String, int[]> byMonth = new TreeMap<>();
            for (TransferStatistics.Month m : s.months()) {
                int[] c = byMonth.computeIfAbsent(m.month().toString(), k -> new int[2]);
                c[0] += m.in();
                c[1] += m.out();
            }
            List<Integer> in = new ArrayList<>();
            List<Integer> out = new ArrayList<>();
            byMonth.values().forEach(c -> {
                in.add(c[0]);
                out.add(c[1]);
            });
            chartHolder.removeAll();
            chartHolder.add(EChart.bar("transfer-stats-chart", t(TransferUiText.STATS_TITLE),
                    new ArrayList<>(byMonth.keySet()), ChartOption.Series.of(t(TransferUiText.STATS_IN), in),
                    ChartOption.Series.of(t(TransferUiText.STATS_OUT), out)));
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return TransferSupport.pageTitle(TransferUiText.STATS_TITLE);
    }
}
