package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Supplier;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.transfer.api.StatisticsExport;
import org.xueji.transfer.api.TransferService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DataReleasePicker;

/**
 * 导出 of the monthly statistics (R4): the aggregate counts as a spreadsheet or PDF without a release; with
 * an approved data release chosen, the rows of the decided changes too (the service asks the release
 * service for one download of it; the file names the release). Each file is served once.
 */
final class StatisticsExportBar extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient Supplier<Integer> year;
    private final DataReleasePicker release = new DataReleasePicker("transfer-stats-release");
    private final Anchor download = new Anchor();

    StatisticsExportBar(Actor actor, Supplier<Integer> year) {
        this.actor = actor;
        this.year = year;
        setId("transfer-stats-export");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        release.setLabel(t(TransferUiText.EXPORT_RELEASE));
        release.setWidth("24em");
        // empty = aggregate counts only: no release download is used unless one is chosen
        release.setEmptySelectionAllowed(true);
        release.setEmptySelectionCaption(t(TransferUiText.EXPORT_AGGREGATE_ONLY));
        Button xlsx = new Button(t(TransferUiText.EXPORT_XLSX), VaadinIcon.DOWNLOAD.create(),
                e -> export(StatisticsExport.Format.XLSX));
        xlsx.setId("transfer-stats-export-xlsx");
        Button pdf = new Button(t(TransferUiText.EXPORT_PDF), VaadinIcon.DOWNLOAD.create(),
                e -> export(StatisticsExport.Format.PDF));
        pdf.setId("transfer-stats-export-pdf");
        download.setId("transfer-stats-download");
        download.setVisible(false);
        add(release, xlsx, pdf, download);
        refresh();
    }

    private void refresh() {
        List<DataRelease> usable;
        try {
            usable = release.refresh(actor);
            release.setEnabled(true);
            release.setValue(null);
            release.setRequiredIndicatorVisible(false); // optional here: without one the export is aggregate only
        } catch (RuntimeException e) {
            usable = List.of();
        }
        release.setHelperText(usable.isEmpty() ? t(TransferUiText.EXPORT_AGGREGATE_ONLY) : "");
    }

    private void export(StatisticsExport.Format format) {
        DataRelease chosen = release.getValue();
        try {
            byte[] file = UiContext.service(getClass(), TransferService.class).exportStatistics(actor,
                    new StatisticsExport(year.get(), format, chosen == null ? null : chosen.id()));
            String name = t(TransferUiText.EXPORT_FILE, year.get(), format.extension());
            download.setHref(org.xueji.ui.shell.kit.SingleUseDownload.of(file, name, format.contentType(),
                    UiContext.locale()), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
            download.setText(name);
            download.setVisible(true);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
        refresh();
    }
}
