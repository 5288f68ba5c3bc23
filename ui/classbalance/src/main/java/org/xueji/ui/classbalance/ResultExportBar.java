package org.xueji.ui.classbalance;

import static org.xueji.ui.classbalance.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.xueji.classbalance.api.ClassBalanceService;
import org.xueji.classbalance.api.ResultExport;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DataReleasePicker;
import org.xueji.ui.shell.kit.SingleUseDownload;

/** R4: a confirmed run's list with names as .xlsx under an approved data release the user picks. */
class ResultExportBar extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient ClassBalanceService service;
    private final long runId;
    private final DataReleasePicker release = new DataReleasePicker("cb-export-release");
    private final Button export = new Button(t(ClassBalanceUiText.EXPORT_BUTTON));
    private final Span reason = new Span();
    private final Anchor download = new Anchor();

    ResultExportBar(Actor actor, ClassBalanceService service, long runId) {
        this.actor = actor;
        this.service = service;
        this.runId = runId;
        setId("cb-export");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        export.setId("cb-export-button");
        export.addClickListener(e -> exportNow());
        reason.setId("cb-export-reason");
        download.setId("cb-export-download");
        download.setVisible(false);
        add(release, export, reason, download);
        refresh();
    }

    private void refresh() {
        boolean none = release.refresh(actor).isEmpty();
        export.setEnabled(!none);
        reason.setText(none ? t(ClassBalanceUiText.EXPORT_NEEDS_APPROVAL) : "");
    }

    private void exportNow() {
        DataRelease chosen = release.chosenOrAsk();
        if (chosen == null) {
            reason.setText(release.hasChoices() ? "" : t(ClassBalanceUiText.EXPORT_NEEDS_APPROVAL));
            return;
        }
        try {
            ResultExport result = service.exportResult(actor, runId, chosen.id(), UiContext.locale());
            // R4: one download of the release, served once
            download.setHref(SingleUseDownload.of(result.xlsx(), result.fileName(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", UiContext.locale()),
                    AttachmentType.DOWNLOAD);
            download.setText(t(ClassBalanceUiText.EXPORT_READY, result.rows(), result.fileName()));
            download.setVisible(true);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
        refresh();
    }
}
