package org.xueji.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Supplier;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.registry.api.StudentExport;
import org.xueji.registry.api.StudentExportService;
import org.xueji.registry.api.StudentQuery;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DataReleasePicker;
import org.xueji.ui.shell.kit.SingleUseDownload;

/**
 * Export of the current search as CSV (R4): only with an approved data-release request,
 * which the user picks. The student export service checks the release and uses one of its
 * downloads (audited there), and hands back only the rows and columns the release covers;
 * the file, whose last line names the request, is served once. Without a usable request the
 * export is disabled and says why.
 */
final class StudentExportBar extends HorizontalLayout {

    private static final long serialVersionUID = 1L;
    private final DataReleasePicker release = new DataReleasePicker("export-release");
    private final Button export = new Button();
    private final Span reason = new Span();
    private final Anchor download = new Anchor();
    private final transient Supplier<StudentQuery> query;

    StudentExportBar(Supplier<StudentQuery> query) {
        this.query = query;
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        release.setLabel(ViewSupport.t(RegistryUiText.EXPORT_RELEASE));
        export.setId("export-button");
        export.setText(ViewSupport.t(RegistryUiText.EXPORT_BUTTON));
        export.setIcon(VaadinIcon.DOWNLOAD.create());
        export.addClickListener(e -> exportNow());
        reason.setId("export-disabled-reason");
        reason.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        download.setId("export-download");
        download.setVisible(false);
        add(release, export, download, reason);
        refresh();
    }

    /** Re-reads the usable approvals (after an export used one up). */
    void refresh() {
        Actor actor = UiContext.actor();
        if (!actor.has(Permission.EXPORT_DATA)) {
            setVisible(false);
            return;
        }
        boolean any = !release.refresh(actor).isEmpty();
        export.setEnabled(any);
        if (any) {
            reason.setText("");
        } else {
            reason.setText(ViewSupport.t(RegistryUiText.EXPORT_NEEDS_APPROVAL));
        }
    }

    private void exportNow() {
        Actor actor = UiContext.actor();
        DataRelease chosen = release.chosenOrAsk();
        if (chosen == null) {
            reason.setText(release.hasChoices() ? "" : ViewSupport.t(RegistryUiText.EXPORT_NEEDS_APPROVAL));
            return;
        }
        StudentExport export;
        try {
            export = UiContext.service(StudentExportBar.class, StudentExportService.class)
                    .exportList(actor, query.get(), chosen.id());
        } catch (DomainException e) {
            UiContext.showError(e);
            refresh();
            return;
        }
        byte[] csv = StudentCsv.write(export);
        String fileName = "students-release-" + export.releaseId() + ".csv";
        download.setHref(SingleUseDownload.of(csv, fileName, "text/csv;charset=UTF-8", UiContext.locale()),
                AttachmentType.DOWNLOAD);
        int rows = export.rows().size();
        download.setText(ViewSupport.t(RegistryUiText.EXPORT_READY, rows, fileName));
        download.setVisible(true);
        UiContext.showSuccess(ViewSupport.t(RegistryUiText.EXPORT_READY, rows, fileName));
        refresh();
    }
}
