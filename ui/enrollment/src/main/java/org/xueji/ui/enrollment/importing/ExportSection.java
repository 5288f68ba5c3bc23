package org.xueji.ui.enrollment.importing;

import static org.xueji.ui.enrollment.importing.ImportSupport.t;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.enrollment.api.StudentImportService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.StudentQuery;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DataReleasePicker;
import org.xueji.ui.shell.kit.SingleUseDownload;

/**
 * Export of the students of the chosen school (and grade) in the national template (R4):
 * only with an approved data-release request the user picks; the service uses one of its
 * downloads, audits the export and marks the file. Without a usable request the section
 * says why and links to the data-release page. The file is written to a temporary file on a
 * background thread, then offered for download; it is deleted when replaced or when the
 * page closes.
 */
final class ExportSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExportSection.class);
    /** The data-release page of the admin module (ui/admin DataReleasesView). */
    static final String RELEASES_ROUTE = "data-releases";

    private final transient Actor actor;
    private final transient Supplier<Long> schoolId;
    private final Select<Integer> grade = new Select<>();
    private final DataReleasePicker release = new DataReleasePicker("exp-release");
    private final Button export = new Button();
    private final Span reason = new Span();
    private final Anchor releasesLink = new Anchor(RELEASES_ROUTE, "");
    private final ProgressBar progress = new ProgressBar();
    private final Anchor download = new Anchor();
    private transient Path exported;
    private boolean running;

    ExportSection(Actor actor, Supplier<Long> schoolId) {
        this.actor = actor;
        this.schoolId = schoolId;
        setId("exp-section");
        setPadding(false);
        H3 heading = new H3(t(ImportUiText.EXPORT_TITLE));
        heading.getStyle().set("margin", "0");
        Span intro = new Span(t(ImportUiText.EXPORT_INTRO));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");

        grade.setId("exp-grade");
        grade.setLabel(t(ImportUiText.EXPORT_GRADE));
        grade.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(t(ImportUiText.ALL_GRADES));
        grade.setItemLabelGenerator(g -> g == null ? t(ImportUiText.ALL_GRADES) : Grades.name(g));

        release.setLabel(t(ImportUiText.EXPORT_RELEASE));

        export.setId("exp-button");
        export.setText(t(ImportUiText.EXPORT_BUTTON));
        export.setIcon(VaadinIcon.DOWNLOAD.create());
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickListener(e -> exportNow());

        reason.setId("exp-reason");
        reason.getStyle().set("color", "var(--lumo-secondary-text-color)");
        releasesLink.setId("exp-release-link");
        releasesLink.setText(t(ImportUiText.EXPORT_REQUEST_LINK));
        progress.setId("exp-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("16em");
        download.setId("exp-download");
        download.setVisible(false);

        HorizontalLayout form = new HorizontalLayout(grade, release, export);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout why = new HorizontalLayout(reason, releasesLink);
        why.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, intro, form, why, progress, download);
        refresh();
    }

    /** Re-reads the usable approvals (an export uses one download). */
    void refresh() {
        boolean any = !release.refresh(actor).isEmpty();
        release.setEnabled(any && !running);
        export.setEnabled(any && !running);
        releasesLink.setVisible(!any);
        if (any) {
            reason.setText("");
        } else {
            reason.setText(t(ImportUiText.EXPORT_NEEDS_APPROVAL));
        }
    }

    private StudentQuery query() {
        Long school = actor.isDistrictWide() ? schoolId.get() : actor.schoolId();
        return StudentQuery.all().withSchool(school).withGrade(grade.getValue());
    }

    private void exportNow() {
        DataRelease chosen = release.chosenOrAsk();
        if (chosen == null) {
            reason.setText(release.hasChoices() ? "" : t(ImportUiText.EXPORT_NEEDS_APPROVAL));
            return;
        }
        UI ui = UI.getCurrent();
        StudentQuery q = query();
        StudentImportService service = UiContext.service(ExportSection.class, StudentImportService.class);
        long releaseId = chosen.id();
        Path file;
        try {
            file = Files.createTempFile("xueji-export-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        setRunning(true);
        BackgroundTask.start(ui, "xueji-export-" + releaseId, () -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                return service.exportStudents(actor, q, releaseId, out);
            }
        }, count -> exported(file, releaseId, count), error -> {
            UploadFiles.deleteQuietly(file);
            failed(error);
        }, () -> UploadFiles.deleteQuietly(file));
    }

    private void exported(Path file, long releaseId, int count) {
        setRunning(false);
        replaceExported(file);
        String name = ImportFiles.studentExport(releaseId);
        // R4: the file of one download is served once (then deleted)
        download.setHref(SingleUseDownload.ofFile(file, name, ImportFiles.XLSX, UiContext.locale()),
                AttachmentType.DOWNLOAD);
        download.setText(t(ImportUiText.EXPORT_READY, count, name));
        download.setVisible(true);
        UiContext.showSuccess(t(ImportUiText.EXPORT_READY, count, name));
        refresh();
    }

    private void failed(Exception error) {
        setRunning(false);
        if (error instanceof DomainException e) {
            UiContext.showError(e);
        } else {
            LOG.error("student export failed", error);
            ImportView.showErrorText(t(ImportUiText.EXPORT_FAILED));
        }
        refresh();
    }

    private void setRunning(boolean value) {
        running = value;
        progress.setVisible(value);
        export.setEnabled(!value && release.hasChoices());
        release.setEnabled(!value);
        grade.setEnabled(!value);
    }

    /** Keeps one exported file per page: the previous one is deleted. */
    private void replaceExported(Path file) {
        UploadFiles.deleteQuietly(exported);
        exported = file;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // personal data does not stay on disk after the page is gone
        replaceExported(null);
        download.setVisible(false);
        super.onDetach(detachEvent);
    }
}
