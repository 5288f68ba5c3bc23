package org.xueji.ui.classbalance;

import static org.xueji.ui.classbalance.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.xueji.classbalance.api.BalanceRun;
import org.xueji.classbalance.api.ClassBalanceService;
import org.xueji.classbalance.api.PublishedPlacement;
import org.xueji.classbalance.api.RunPlacement;
import org.xueji.classbalance.api.RunVerification;
import org.xueji.classbalance.api.balance.BalanceMetrics;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ChartOption;
import org.xueji.ui.shell.kit.EChart;

/**
 * One run under review: figures of this run beside the snake deal's, a chart of the class means,
 * the table per class; re-run and submit while it is PROPOSED, read-only afterwards.
 */
class RunDetail extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final String CHART_ID = "cb-chart";

    private final transient Actor actor = UiContext.actor();
    private final transient ClassBalanceService service;
    private final transient Consumer<BalanceRun> changed;

    RunDetail(ClassBalanceService service, Consumer<BalanceRun> changed) {
        this.service = service;
        this.changed = changed;
        setId("cb-detail");
        setPadding(false);
    }

    void show(BalanceRun run) {
        removeAll();
        Locale locale = UiContext.locale();
        H3 header = new H3(t(ClassBalanceUiText.RUN_HEADER, String.valueOf(run.id()), run.status().format(locale),
                String.valueOf(run.seed()), String.valueOf(run.iterations())));
        header.setId("cb-run-header");
        Span status = new Span(run.status().name());
        status.setId("cb-status");
        status.getElement().setAttribute("hidden", true);
        add(header, status);
        if (run.hash() != null) {
            Span hash = new Span(t(ClassBalanceUiText.HASH, run.hash()));
            hash.setId("cb-hash");
            add(hash);
        }
        add(actions(run), metrics(run.ours(), run.snake()), chart(run), placements(run));
        if (run.status() == org.xueji.classbalance.api.RunStatus.CONFIRMED) {
            if (actor.has(Permission.BALANCE_CLASSES) || actor.has(Permission.APPROVE_CHANGE)) {
                add(new HeadTeacherPanel(actor, service, run));
            }
            if (actor.has(Permission.EXPORT_DATA)) {
                add(new ResultExportBar(actor, service, run.id()));
            }
        }
    }

    private Div actions(BalanceRun run) {
        Div box = new Div();
        box.setWidthFull();
        if (run.editable() && actor.has(Permission.BALANCE_CLASSES)) {
            TextField seed = new TextField(t(ClassBalanceUiText.FIELD_SEED));
            seed.setId("cb-rerun-seed");
            seed.setValue(String.valueOf(run.seed() + 1));
            Button rerun = new Button(t(ClassBalanceUiText.RERUN), e -> call(() -> service.rerun(actor, run.id(),
                    Long.parseLong(seed.getValue().strip()))));
            rerun.setId("cb-rerun");
            Button submit = new Button(t(ClassBalanceUiText.SUBMIT), e -> {
                BalanceRun sent = call(() -> service.submit(actor, run.id()));
                if (sent != null) {
                    UiContext.showSuccess(t(ClassBalanceUiText.SUBMITTED));
                }
            });
            submit.setId("cb-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(seed, rerun, submit);
            row.setAlignItems(Alignment.BASELINE);
            box.add(row);
        } else {
            Span readOnly = new Span(t(ClassBalanceUiText.READ_ONLY));
            readOnly.setId("cb-read-only");
            Button verify = new Button(t(ClassBalanceUiText.VERIFY), e -> verify(run));
            verify.setId("cb-verify");
            Button publication = new Button(t(ClassBalanceUiText.PUBLICATION), e -> publication(run));
            publication.setId("cb-publication");
            box.add(new VerticalLayout(readOnly, new HorizontalLayout(verify, publication)));
        }
        return box;
    }

    private BalanceRun call(java.util.function.Supplier<BalanceRun> action) {
        try {
            BalanceRun run = action.get();
            changed.accept(run);
            return run;
        } catch (DomainException e) {
            UiContext.showError(e);
            return null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void verify(BalanceRun run) {
        try {
            RunVerification v = service.verify(actor, run.id());
            Span result = new Span(t(v.matches() ? ClassBalanceUiText.VERIFY_OK : ClassBalanceUiText.VERIFY_FAILED,
                    v.storedHash(), v.recomputedHash()));
            result.setId("cb-verify-result");
            addComponentAtIndex(2, result);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private void publication(BalanceRun run) {
        try {
            List<PublishedPlacement> list = service.publication(actor, run.id());
            Grid<PublishedPlacement> grid = new Grid<>();
            grid.setId("cb-published");
            grid.addColumn(p -> t(ClassBalanceUiText.CLASS_N, p.classNumber())).setHeader(t(ClassBalanceUiText.COL_CLASS));
            grid.addColumn(PublishedPlacement::maskedName).setHeader(t(ClassBalanceUiText.COL_NAME));
            grid.setItems(list);
            grid.setAllRowsVisible(list.size() <= 60);
            add(grid);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private record MetricRow(String name, String ours, String snake) {
    }

    private Grid<MetricRow> metrics(BalanceMetrics o, BalanceMetrics s) {
        List<MetricRow> rows = new ArrayList<>();
        rows.add(new MetricRow(t(ClassBalanceUiText.M_SIZE), i(o.sizeSpread()), i(s.sizeSpread())));
        rows.add(new MetricRow(t(ClassBalanceUiText.M_BOYS), i(o.boysSpread()), i(s.boysSpread())));
        rows.add(new MetricRow(t(ClassBalanceUiText.M_TOTAL), d(o.meanTotalSpread()), d(s.meanTotalSpread())));
        o.subjectSpreads().forEach((k, v) -> rows.add(new MetricRow(t(ClassBalanceUiText.M_SUBJECT, k), d(v),
                d(s.subjectSpreads().get(k)))));
        rows.add(new MetricRow(t(ClassBalanceUiText.M_SD), d(o.withinSdSpread()), d(s.withinSdSpread())));
        o.flagSpreads().forEach((k, v) -> rows.add(new MetricRow(t(ClassBalanceUiText.M_FLAG, k), i(v),
                i(s.flagSpreads().get(k)))));
        rows.add(new MetricRow(t(ClassBalanceUiText.M_HARD), i(o.hardViolations()), i(s.hardViolations())));
        Grid<MetricRow> grid = new Grid<>();
        grid.setId("cb-metrics");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MetricRow::name).setHeader(t(ClassBalanceUiText.COL_METRIC)).setAutoWidth(true);
        grid.addColumn(MetricRow::ours).setKey("ours").setHeader(t(ClassBalanceUiText.COL_OURS));
        grid.addColumn(MetricRow::snake).setKey("snake").setHeader(t(ClassBalanceUiText.COL_SNAKE));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private EChart chart(BalanceRun run) {
        List<String> classes = new ArrayList<>();
        for (int c = 1; c <= run.classes(); c++) {
            classes.add(t(ClassBalanceUiText.CLASS_N, c));
        }
        return EChart.bar(CHART_ID, t(ClassBalanceUiText.CHART_MEANS), classes,
                ChartOption.Series.of(t(ClassBalanceUiText.SERIES_OURS), rounded(run.ours().meanTotal())),
                ChartOption.Series.of(t(ClassBalanceUiText.SERIES_SNAKE), rounded(run.snake().meanTotal())));
    }

    private static List<Double> rounded(List<Double> values) {
        return values.stream().map(v -> v.isNaN() ? 0.0 : Math.round(v * 100) / 100.0).toList();
    }

    private Grid<RunPlacement> placements(BalanceRun run) {
        Grid<RunPlacement> grid = new Grid<>();
        grid.setId("cb-placements");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> t(ClassBalanceUiText.CLASS_N, p.classNumber())).setKey("class")
                .setHeader(t(ClassBalanceUiText.COL_CLASS)).setAutoWidth(true);
        grid.addColumn(RunPlacement::name).setKey("name").setHeader(t(ClassBalanceUiText.COL_NAME));
        grid.addColumn(p -> t(p.male() ? ClassBalanceUiText.MALE : ClassBalanceUiText.FEMALE))
                .setHeader(t(ClassBalanceUiText.COL_SEX));
        grid.addColumn(p -> p.total() == null ? "" : d(p.total())).setHeader(t(ClassBalanceUiText.COL_TOTAL));
        grid.setItems(run.placements().stream().sorted(Comparator.comparingInt(RunPlacement::classNumber)
                .thenComparingLong(RunPlacement::studentId)).toList());
        grid.setHeight("420px");
        return grid;
    }

    private static String i(Integer v) {
        return v == null ? "" : String.valueOf(v);
    }

    private static String d(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
    }
}
