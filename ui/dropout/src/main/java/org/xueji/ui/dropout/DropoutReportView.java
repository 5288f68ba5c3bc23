package org.xueji.ui.dropout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.homevisit.ContactKind;
import org.xueji.dropout.api.report.DropoutReport;
import org.xueji.dropout.api.report.ReportFile;
import org.xueji.dropout.api.report.ReportFormat;
import org.xueji.dropout.api.report.ReportMessages;
import org.xueji.dropout.api.report.ReportService;
import org.xueji.dropout.api.report.SchoolAgeLedger;
import org.xueji.dropout.api.report.SchoolFigures;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.registry.api.School;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ChartOption;
import org.xueji.ui.shell.kit.DataReleasePicker;
import org.xueji.ui.shell.kit.EChart;
import org.xueji.ui.shell.kit.SingleUseDownload;

/**
 * 控辍报表 (issue 10 items 10 and 1): a school's monthly report (school accounts; the district
 * picks the school) or the district's quarterly report, as figures and charts with PDF and
 * spreadsheet downloads; the school-age ledger's counts; the ledger export through an approved
 * data release (R4, checked in the service).
 */
public class DropoutReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout/reports";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final Select<String> kind = new Select<>();
    private final Select<School> school = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final Div result = new Div();
    private transient ReportService service;
    private transient Map<Long, String> names = Map.of();

    public DropoutReportView() {
        setWidthFull();
        setMaxWidth("1100px");
        result.setId("report-result");
        result.setWidthFull();
    }

    private static String t(VisitsUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DropoutSupport.requireView(actor, event);
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            return;
        }
        removeAll();
        service = UiContext.service(getClass(), ReportService.class);
        List<School> schools = SchoolsInScope.of(getClass(), actor);
        names = SchoolsInScope.names(schools);
        H2 heading = new H2(t(VisitsUiText.REPORTS_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(VisitsUiText.REPORTS_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro, controls(schools), result, ageLedger(), ledgerExport());
        show();
    }

    private Component controls(List<School> schools) {
        LocalDate today = DropoutSupport.today(getClass());
        kind.setId("report-kind");
        List<String> kinds = actor.isDistrictWide() ? List.of("monthly", "quarterly") : List.of("monthly");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> t("quarterly".equals(k) ? VisitsUiText.QUARTERLY : VisitsUiText.MONTHLY));
        kind.setValue(actor.isDistrictWide() ? "quarterly" : "monthly");
        school.setId("report-school");
        school.setLabel(t(VisitsUiText.SCHOOL));
        school.setItems(schools);
        school.setItemLabelGenerator(s -> s.code() + " " + s.name());
        schools.stream().filter(s -> actor.schoolId() != null && s.id() == actor.schoolId()).findFirst()
                .or(() -> schools.stream().findFirst()).ifPresent(school::setValue);
        month.setId("report-month");
        month.setLabel(t(VisitsUiText.MONTH));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        month.setItems(months);
        month.setValue(months.get(0));
        year.setId("report-year");
        year.setLabel(t(VisitsUiText.YEAR));
        year.setItems(today.getYear(), today.getYear() - 1, today.getYear() - 2);
        year.setValue(today.getYear());
        quarter.setId("report-quarter");
        quarter.setLabel(t(VisitsUiText.QUARTER));
        quarter.setItems(1, 2, 3, 4);
        quarter.setValue((today.getMonthValue() - 1) / 3 + 1);
        kind.addValueChangeListener(e -> toggle());
        Button show = new Button(t(VisitsUiText.SHOW), e -> show());
        show.setId("report-show");
        HorizontalLayout row = new HorizontalLayout(kind, school, month, year, quarter, show);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        toggle();
        return row;
    }

    private boolean quarterly() {
        return "quarterly".equals(kind.getValue());
    }

    private void toggle() {
        boolean q = quarterly();
        school.setVisible(!q && actor.isDistrictWide());
        month.setVisible(!q);
        year.setVisible(q);
        quarter.setVisible(q);
    }

    private void show() {
        result.removeAll();
        try {
            DropoutReport r;
            Supplier<ReportFile> pdf;
            Supplier<ReportFile> xlsx;
            if (quarterly()) {
                int y = year.getValue();
                int q = quarter.getValue();
                r = service.districtQuarterly(actor, y, q);
                pdf = () -> service.districtQuarterlyFile(actor, y, q, ReportFormat.PDF);
                xlsx = () -> service.districtQuarterlyFile(actor, y, q, ReportFormat.XLSX);
            } else {
                if (school.getValue() == null) {
                    return;
                }
                long s = school.getValue().id();
                YearMonth m = month.getValue();
                r = service.schoolMonthly(actor, s, m);
                pdf = () -> service.schoolMonthlyFile(actor, s, m, ReportFormat.PDF);
                xlsx = () -> service.schoolMonthlyFile(actor, s, m, ReportFormat.XLSX);
            }
            result.add(figures(r), downloads(pdf, xlsx), charts(r));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private record Line(String label, long value) {
    }

    private Component figures(DropoutReport r) {
        List<Line> lines = new ArrayList<>(List.of(
                new Line(ReportMessages.LABEL_SUSPECTED_END.format(locale), r.suspectedAtEnd()),
                new Line(ReportMessages.LABEL_DROPOUT_END.format(locale), r.dropoutAtEnd()),
                new Line(ReportMessages.LABEL_STILL_OUT.format(locale), r.stillOut()),
                new Line(ReportMessages.LABEL_NEWLY_FOUND.format(locale), r.newlyFound()),
                new Line(ReportMessages.LABEL_CONFIRMED.format(locale), r.confirmed()),
                new Line(ReportMessages.LABEL_RETURNED.format(locale), r.returned()),
                new Line(ReportMessages.LABEL_PERSUASION_VISITS.format(locale), r.persuasionVisits()),
                new Line(ReportMessages.LABEL_HOME_VISITS.format(locale), r.homeVisitsTotal())));
        for (ContactKind k : ContactKind.values()) {
            lines.add(new Line("  " + k.format(locale), r.homeVisits().getOrDefault(k, 0L)));
        }
        for (ClosingOutcome o : ClosingOutcome.values()) {
            lines.add(new Line(ReportMessages.LABEL_CLOSED_BY_OUTCOME.format(locale) + " · " + o.format(locale),
                    r.closed().getOrDefault(o, 0L)));
        }
        Grid<Line> grid = new Grid<>();
        grid.setId("report-figures");
        grid.addColumn(Line::label).setHeader(ReportMessages.LABEL_FIGURE.format(locale)).setFlexGrow(3);
        grid.addColumn(Line::value).setHeader(ReportMessages.LABEL_COUNT.format(locale)).setFlexGrow(1);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(new H3(t(VisitsUiText.FIGURES) + " · "
                + ReportMessages.PERIOD.format(locale, r.from().toString(), r.to().toString())), grid);
        box.setPadding(false);
        return box;
    }

    private Component downloads(Supplier<ReportFile> pdf, Supplier<ReportFile> xlsx) {
        HorizontalLayout row = new HorizontalLayout(download("report-pdf", VisitsUiText.PDF, pdf),
                download("report-xlsx", VisitsUiText.XLSX, xlsx));
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    /** The file is produced (and audited) by the service when the link is followed. */
    private Anchor download(String id, VisitsUiText label, Supplier<ReportFile> file) {
        Anchor a = new Anchor((DownloadHandler) event -> {
            ReportFile f = file.get();
            event.setFileName(f.fileName());
            event.setContentType(f.contentType());
            event.getOutputStream().write(f.content());
        }, AttachmentType.DOWNLOAD, t(label));
        a.setId(id);
        return a;
    }

    private Component charts(DropoutReport r) {
        List<String> reasons = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (ReasonCategory c : ReasonCategory.values()) {
            reasons.add(c.format(locale));
            counts.add(r.reasonsOpen().getOrDefault(c, 0L));
        }
        EChart reasonChart = EChart.bar("report-chart-reasons", t(VisitsUiText.CHART_REASONS), reasons,
                ChartOption.Series.of(t(VisitsUiText.SERIES_CHILDREN), counts));
        reasonChart.setHeight("260px");
        EChart placeChart;
        if (r.schoolId() == null) {
            List<String> schools = new ArrayList<>();
            List<Long> out = new ArrayList<>();
            for (SchoolFigures s : r.bySchool()) {
                schools.add(names.getOrDefault(s.schoolId(), String.valueOf(s.schoolId())));
                out.add(s.suspectedAtEnd() + s.dropoutAtEnd());
            }
            placeChart = EChart.bar("report-chart-places", t(VisitsUiText.CHART_SCHOOLS), schools,
                    ChartOption.Series.of(t(VisitsUiText.SERIES_STILL_OUT), out));
        } else {
            placeChart = EChart.bar("report-chart-places", t(VisitsUiText.CHART_TOWNS),
                    r.byTown().keySet().stream().map(k -> k.isEmpty() ? "—" : k).toList(),
                    ChartOption.Series.of(t(VisitsUiText.SERIES_STILL_OUT), List.copyOf(r.byTown().values())));
        }
        placeChart.setHeight("260px");
        VerticalLayout box = new VerticalLayout(reasonChart, placeChart);
        box.setPadding(false);
        return box;
    }

    private Component ageLedger() {
        VerticalLayout box = new VerticalLayout(new H3(t(VisitsUiText.AGE_LEDGER)));
        box.setPadding(false);
        box.setId("report-age");
        if (actor.isClassScoped() || actor.isAreaScoped()) {
            box.setVisible(false);
            return box;
        }
        try {
            SchoolAgeLedger l = service.schoolAge(actor);
            Span summary = new Span(t(VisitsUiText.AGE_SUMMARY, l.registryTotal(), l.withoutRecordTotal(), l.minAge(),
                    l.maxAge()));
            summary.setId("report-age-summary");
            List<String> schools = new ArrayList<>();
            List<Long> registry = new ArrayList<>();
            List<Long> without = new ArrayList<>();
            java.util.Set<Long> ids = new java.util.TreeSet<>(l.registryBySchool().keySet());
            ids.addAll(l.withoutRecordBySchool().keySet());
            for (Long id : ids) {
                schools.add(names.getOrDefault(id, String.valueOf(id)));
                registry.add(l.registryBySchool().getOrDefault(id, 0L));
                without.add(l.withoutRecordBySchool().getOrDefault(id, 0L));
            }
            EChart chart = EChart.bar("report-chart-age", t(VisitsUiText.AGE_LEDGER), schools,
                    ChartOption.Series.of(t(VisitsUiText.SERIES_CHILDREN), registry),
                    ChartOption.Series.of(t(VisitsUiText.AGE_LEDGER) + " · —", without));
            chart.setHeight("240px");
            box.add(summary, chart);
        } catch (DomainException e) {
            box.add(new Span(e.getLocalizedMessage()));
        }
        return box;
    }

    private Component ledgerExport() {
        VerticalLayout box = new VerticalLayout(new H3(t(VisitsUiText.LEDGER_EXPORT)));
        box.setPadding(false);
        box.setId("report-ledger-export");
        if (!actor.has(Permission.EXPORT_DATA)) {
            box.setVisible(false);
            return box;
        }
        DataReleasePicker release = new DataReleasePicker("report-export-release");
        release.setLabel(t(VisitsUiText.EXPORT_RELEASE));
        List<DataRelease> usable = release.refresh(actor);
        Span reason = new Span(usable.isEmpty() ? t(VisitsUiText.EXPORT_NEEDS_APPROVAL) : "");
        reason.setId("report-export-reason");
        Anchor file = new Anchor();
        file.setId("report-export-download");
        file.setVisible(false);
        Button export = new Button(t(VisitsUiText.EXPORT_BUTTON), VaadinIcon.DOWNLOAD.create());
        export.setId("report-export-button");
        export.setEnabled(!usable.isEmpty());
        export.addClickListener(e -> {
            if (release.chosenOrAsk() == null) {
                reason.setText(release.hasChoices() ? "" : t(VisitsUiText.EXPORT_NEEDS_APPROVAL));
                return;
            }
            try {
                Long s = actor.isDistrictWide() ? null : actor.schoolId();
                ReportFile f = service.exportLedger(actor, new EntryQuery(null, s, null, null), release.getValue().id());
                // R4: one download of the release, served once
                file.setHref(SingleUseDownload.of(f.content(), f.fileName(), f.contentType(), locale),
                        AttachmentType.DOWNLOAD);
                file.setText(t(VisitsUiText.EXPORT_READY, f.fileName()));
                file.setVisible(true);
            } catch (DomainException ex) {
                UiContext.showError(ex);
            }
            release.refresh(actor);
        });
        HorizontalLayout row = new HorizontalLayout(release, export, reason, file);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        box.add(row);
        return box;
    }

    @Override
    public String getPageTitle() {
        return DropoutUiText.PAGE_TITLE.format(locale, t(VisitsUiText.REPORTS_TITLE));
    }
}
