package org.xueji.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DataReleasePicker;

/**
 * Export of the current search as CSV (R4): only with an approved data-release request,
 * which the user picks; each export uses one of its downloads, is audited by the release
 * service, and the file's last line names the request. Without a usable request the
 * export is disabled and says why.
 */
final class StudentExportBar extends HorizontalLayout {

    private static final long serialVersionUID = 1L;
    static final int MAX_ROWS = 50_000;

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
        DataRelease chosen = release.getValue();
        if (chosen == null) {
            reason.setText(ViewSupport.t(RegistryUiText.EXPORT_NEEDS_APPROVAL));
            return;
        }
        StudentQuery q = query.get();
        DataRelease used;
        try {
            used = UiContext.service(StudentExportBar.class, DataReleaseService.class)
                    .authorizeExport(actor, chosen.id(), "students.csv", q.schoolId());
        } catch (DomainException e) {
            UiContext.showError(e);
            refresh();
            return;
        }
        StudentService students = UiContext.service(StudentExportBar.class, StudentService.class);
        List<StudentSummary> rows = new ArrayList<>();
        for (int offset = 0; offset < MAX_ROWS; offset += 1000) {
            List<StudentSummary> page = students.search(actor, q, offset, Math.min(1000, MAX_ROWS - offset));
            rows.addAll(page);
            if (page.size() < 1000) {
                break;
            }
        }
        byte[] csv = StudentCsv.write(rows, used.watermark());
        String fileName = "students-release-" + used.id() + ".csv";
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), fileName, "text/csv;charset=UTF-8", csv.length)),
                AttachmentType.DOWNLOAD);
        download.setText(ViewSupport.t(RegistryUiText.EXPORT_READY, rows.size(), fileName));
        download.setVisible(true);
        UiContext.showSuccess(ViewSupport.t(RegistryUiText.EXPORT_READY, rows.size(), fileName));
        refresh();
    }
}
