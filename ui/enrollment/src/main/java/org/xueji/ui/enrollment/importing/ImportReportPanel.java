package org.xueji.ui.enrollment.importing;

import static org.xueji.ui.enrollment.importing.ImportSupport.t;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Objects;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.api.ImportReport;
import org.xueji.enrollment.api.ImportStatus;
import org.xueji.ui.shell.api.Badges;
import org.xueji.ui.shell.api.UiContext;

/** The outcome of one import: status, row counts and the issue list (grid and CSV). */
final class ImportReportPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final HorizontalLayout statusLine = new HorizontalLayout();
    private final Span counts = new Span();
    private final Span truncated = new Span();
    private final Grid<ImportIssue> issues = new Grid<>();
    private final Anchor csv = new Anchor();

    ImportReportPanel() {
        setId("imp-report");
        setPadding(false);
        setVisible(false);
        H3 heading = new H3(t(ImportUiText.REPORT_TITLE));
        heading.getStyle().set("margin", "0");
        statusLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        counts.setId("imp-counts");
        truncated.setId("imp-issues-truncated");
        truncated.getStyle().set("color", "var(--lumo-secondary-text-color)");

        issues.setId("imp-issues");
        issues.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        issues.addColumn(i -> IssueCsv.rowText(i.row(), UiContext.locale())).setKey("row")
                .setHeader(t(ImportUiText.COL_ROW)).setComparator(ImportIssue::row).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        issues.addColumn(i -> Objects.toString(i.column(), "")).setKey("column")
                .setHeader(t(ImportUiText.COL_COLUMN)).setSortable(true).setAutoWidth(true);
        issues.addColumn(ImportIssue::message).setKey("message").setHeader(t(ImportUiText.COL_PROBLEM))
                .setFlexGrow(1).setTooltipGenerator(ImportIssue::message);
        issues.setHeight("22em");
        issues.setEmptyStateText(t(ImportUiText.NO_ISSUES));

        csv.setId("imp-issues-csv");
        csv.setText(t(ImportUiText.ISSUES_CSV));
        csv.getElement().insertChild(0, VaadinIcon.DOWNLOAD_ALT.create().getElement());

        add(heading, statusLine, counts, issues, new HorizontalLayout(csv, truncated));
    }

    void show(ImportReport report) {
        Locale locale = UiContext.locale();
        statusLine.removeAll();
        Span status = switch (report.status()) {
            case COMPLETED -> Badges.success(ImportSupport.status(report.status()));
            case RUNNING -> Badges.contrast(ImportSupport.status(report.status()));
            default -> Badges.error(ImportSupport.status(report.status()));
        };
        status.setId("imp-status");
        status.getElement().setAttribute("data-status", report.status().name());
        Span file = new Span(t(ImportUiText.REPORT_FILE, Objects.toString(report.fileName(), ""),
                ImportSupport.mode(report.mode()), ImportSupport.minutes(report.startedAt()),
                Objects.toString(report.startedBy(), "")));
        file.getStyle().set("color", "var(--lumo-secondary-text-color)");
        statusLine.add(status, file);

        counts.setText(t(ImportUiText.REPORT_COUNTS, report.totalRows(), report.validRows(), report.storedRows()));
        counts.getStyle().set("font-weight", "500")
                .set("color", report.status() == ImportStatus.COMPLETED ? "var(--lumo-body-text-color)"
                        : "var(--lumo-error-text-color)");
        issues.setItems(report.issues());
        truncated.setText(report.issues().size() >= ImportReport.MAX_ISSUES
                ? t(ImportUiText.ISSUES_TRUNCATED, ImportReport.MAX_ISSUES) : "");

        csv.setVisible(!report.issues().isEmpty());
        if (!report.issues().isEmpty()) {
            byte[] bytes = IssueCsv.write(report.issues(), locale);
            String name = ImportFiles.issueList(report.batchId());
            csv.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), name, ImportFiles.CSV, bytes.length)), AttachmentType.DOWNLOAD);
        }
        setVisible(true);
    }

    void clear() {
        setVisible(false);
        issues.setItems();
    }
}
