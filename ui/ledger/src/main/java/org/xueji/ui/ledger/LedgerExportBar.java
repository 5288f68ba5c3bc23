package org.xueji.ui.ledger;

import static org.xueji.ui.ledger.LedgerSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.xueji.ledger.api.LedgerExport;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.SingleUseDownload;

/**
 * Export of the filtered ledger with an approved data release the user picks (R4). The ledger
 * service checks the release ({@code authorizeExport}); the file ends with its watermark.
 */
final class LedgerExportBar extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient LedgerService ledger;
    private final transient Supplier<LedgerQuery> query;
    private final transient Map<Long, String> names;
    private final Select<DataRelease> release = new Select<>();
    private final Button export = new Button();
    private final Span reason = new Span();
    private final Anchor download = new Anchor();

    LedgerExportBar(Actor actor, LedgerService ledger, Supplier<LedgerQuery> query, Map<Long, String> names) {
        this.actor = actor;
        this.ledger = ledger;
        this.query = query;
        this.names = names;
        setId("ledger-export");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        release.setId("ledger-export-release");
        release.setLabel(t(LedgerUiText.EXPORT_RELEASE));
        release.setItemLabelGenerator(r -> t(LedgerUiText.EXPORT_RELEASE_LABEL, String.valueOf(r.id()),
                r.approvalDocumentNumber(), r.purpose(), r.maxDownloads() - r.downloads()));
        release.setWidth("26em");
        export.setId("ledger-export-button");
        export.setText(t(LedgerUiText.EXPORT_BUTTON));
        export.setIcon(VaadinIcon.DOWNLOAD.create());
        export.addClickListener(e -> exportNow());
        reason.setId("ledger-export-reason");
        reason.getStyle().set("color", "var(--lumo-secondary-text-color)");
        download.setId("ledger-export-download");
        download.setVisible(false);
        add(release, export, reason, download);
        refresh();
    }

    private void refresh() {
        List<DataRelease> usable;
        try {
            usable = UiContext.service(LedgerExportBar.class, DataReleaseService.class).usable(actor);
        } catch (DomainException | ModuleUnavailableException e) {
            usable = List.of();
        }
        release.setItems(usable);
        release.setEnabled(!usable.isEmpty());
        export.setEnabled(!usable.isEmpty());
        if (usable.isEmpty()) {
            reason.setText(t(LedgerUiText.EXPORT_NEEDS_APPROVAL));
        } else {
            release.setValue(usable.get(0));
            reason.setText("");
        }
    }

    private void exportNow() {
        DataRelease chosen = release.getValue();
        if (chosen == null) {
            reason.setText(t(LedgerUiText.EXPORT_NEEDS_APPROVAL));
            return;
        }
        Locale locale = UiContext.locale();
        try {
            LedgerExport result = ledger.export(actor, query.get(), chosen.id());
            byte[] file = LedgerCsv.write(result, names, locale);
            String name = t(LedgerUiText.EXPORT_FILE, String.valueOf(result.releaseId()));
            // R4: one download of the release, served once
            download.setHref(SingleUseDownload.of(file, name, "text/csv", locale), AttachmentType.DOWNLOAD);
            download.setText(t(LedgerUiText.EXPORT_READY, result.incidents().size(), name));
            download.setVisible(true);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
        refresh();
    }
}
