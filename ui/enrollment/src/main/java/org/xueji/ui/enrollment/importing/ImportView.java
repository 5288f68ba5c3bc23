package org.xueji.ui.enrollment.importing;

import static org.xueji.ui.enrollment.importing.ImportSupport.t;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.enrollment.api.ImportMode;
import org.xueji.enrollment.api.ImportProgress;
import org.xueji.enrollment.api.ImportReport;
import org.xueji.enrollment.api.ImportStatus;
import org.xueji.enrollment.api.StudentImportService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;

/**
 * 学籍导入导出: students in the national 学生基础信息 template. Import into one school with an
 * explicitly chosen mode (all rows or nothing / only the valid rows), run on a background
 * thread with a progress bar, then the report with its issue list; the recent imports; and
 * the export of the chosen school's students with an approved data release (R4).
 */
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    static final String ROUTE = "enrollment/import";
    static final int RECENT_LIMIT = 20;

    private final transient Actor actor = UiContext.actor();
    private final transient StudentImportService imports = UiContext.service(getClass(), StudentImportService.class);
    private final transient List<School> schools;

    private final Select<School> school = new Select<>();
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Upload upload;
    private final Span fileState = new Span();
    private final Button start = new Button();
    private final Span startReason = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span phase = new Span();
    private final ImportReportPanel report = new ImportReportPanel();
    private final RecentImportsGrid recent;
    private final ExportSection exportSection;
    /** The uploaded file waiting for its import; the import's task deletes it. */
    private transient UploadFiles.Received file;
    private boolean running;

    public ImportView() {
        setWidthFull();
        setPadding(true);
        schools = loadSchools();
        Map<Long, String> schoolNames = schools.stream()
                .collect(Collectors.toMap(School::id, School::name, (a, b) -> a));

        H2 heading = new H2(t(ImportUiText.TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(ImportUiText.INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        upload = UploadFiles.create("imp-upload", UiContext.locale(), this::received, this::uploadFailed);
        upload.addFileRemovedListener(e -> discardFile());
        upload.addFileRejectedListener(e -> showFileState(e.getErrorMessage(), true));
        recent = new RecentImportsGrid(actor.isDistrictWide(), schoolNames, this::openReport);
        exportSection = actor.has(Permission.EXPORT_DATA) ? new ExportSection(actor, this::selectedSchoolId) : null;

        add(heading, intro, schoolRow(), importForm(), report);
        H3 recentHeading = new H3(t(ImportUiText.RECENT_TITLE));
        recentHeading.getStyle().set("margin", "0");
        add(recentHeading, recent);
        if (exportSection != null) {
            add(new Hr(), exportSection);
        }
        refreshRecent();
        updateStart();
    }

    private HorizontalLayout schoolRow() {
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        if (actor.isDistrictWide()) {
            school.setId("imp-school");
            school.setLabel(t(ImportUiText.SCHOOL));
            school.setItems(schools);
            school.setItemLabelGenerator(School::name);
            school.setPlaceholder(t(ImportUiText.SCHOOL_PLACEHOLDER));
            school.setWidth("20em");
            school.addValueChangeListener(e -> {
                report.clear();
                refreshRecent();
                updateStart();
            });
            row.add(school);
        } else {
            // school users import into their own school only
            TextField own = new TextField(t(ImportUiText.SCHOOL));
            own.setId("imp-school");
            own.setReadOnly(true);
            own.setValue(schools.stream().filter(s -> s.id() == actor.schoolId()).map(School::name)
                    .findFirst().orElse("#" + actor.schoolId()));
            own.setWidth("20em");
            row.add(own);
        }
        Anchor template = new Anchor();
        template.setId("imp-template");
        template.setText(t(ImportUiText.TEMPLATE_LINK));
        template.getElement().insertChild(0, VaadinIcon.FILE_TABLE.create().getElement());
        template.setHref((DownloadHandler) event -> {
            event.setFileName(ImportFiles.TEMPLATE);
            event.setContentType(ImportFiles.XLSX);
            UiContext.service(ImportView.class, StudentImportService.class).writeTemplate(event.getOutputStream());
        }, AttachmentType.DOWNLOAD);
        Span hint = new Span(t(ImportUiText.TEMPLATE_HINT));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        row.add(template, hint);
        return row;
    }

    private VerticalLayout importForm() {
        mode.setId("imp-mode");
        mode.setLabel(t(ImportUiText.MODE));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> ImportSupport.mode(m) + " — " + ImportSupport.modeHelp(m));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setRequiredIndicatorVisible(true);
        // deliberately no default: which rows end up stored is the user's decision
        mode.addValueChangeListener(e -> updateStart());

        fileState.setId("imp-file");
        fileState.getStyle().set("font-size", "var(--lumo-font-size-s)");

        start.setId("imp-start");
        start.setText(t(ImportUiText.START));
        start.setIcon(VaadinIcon.UPLOAD.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startImport());
        startReason.setId("imp-start-reason");
        startReason.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout actions = new HorizontalLayout(start, startReason);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        progress.setId("imp-progress");
        progress.setWidth("24em");
        progress.setVisible(false);
        phase.setId("imp-phase");
        phase.setVisible(false);
        HorizontalLayout progressRow = new HorizontalLayout(progress, phase);
        progressRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Span uploadLabel = new Span(t(ImportUiText.FILE));
        uploadLabel.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500");
        VerticalLayout form = new VerticalLayout(mode, uploadLabel, upload, fileState, actions, progressRow);
        form.setPadding(false);
        form.setSpacing(false);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        return form;
    }

    private Long selectedSchoolId() {
        if (!actor.isDistrictWide()) {
            return actor.schoolId();
        }
        School s = school.getValue();
        return s == null ? null : s.id();
    }

    private void received(UploadFiles.Received received) {
        if (file != null) {
            file.delete();
        }
        file = received;
        showFileState(t(ImportUiText.FILE_RECEIVED, received.name(),
                Math.max(1, received.path().toFile().length() / 1024)), false);
        updateStart();
    }

    private void uploadFailed() {
        discardFile();
        showFileState(t(ImportUiText.UPLOAD_FAILED,
                StudentImportService.MAX_FILE_BYTES / (1024 * 1024)), true);
    }

    private void discardFile() {
        if (file != null) {
            file.delete();
            file = null;
        }
        fileState.setText("");
        updateStart();
    }

    private void showFileState(String text, boolean error) {
        fileState.setText(text);
        fileState.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    /** The import button is enabled only with a school, a mode and a file; otherwise it says what is missing. */
    private void updateStart() {
        ImportUiText missing = running ? ImportUiText.RUNNING
                : selectedSchoolId() == null ? ImportUiText.NEED_SCHOOL
                : mode.getValue() == null ? ImportUiText.NEED_MODE
                : file == null ? ImportUiText.NEED_FILE
                : null;
        start.setEnabled(missing == null);
        startReason.setText(missing == null ? "" : t(missing));
    }

    private void startImport() {
        UploadFiles.Received f = file;
        ImportMode m = mode.getValue();
        Long schoolId = selectedSchoolId();
        if (running || f == null || m == null || schoolId == null) {
            updateStart();
            return;
        }
        file = null; // the task owns the file now and deletes it
        UI ui = UI.getCurrent();
        Actor a = actor;
        ThrottledProgress progressSink = new ThrottledProgress(
                (ph, done, total) -> BackgroundTask.access(ui, () -> showProgress(ph, done, total)));
        setRunning(true);
        showProgress(null, 0, 0);
        report.clear();
        BackgroundTask.start(ui, "xueji-import-" + schoolId, () -> {
            try (InputStream in = Files.newInputStream(f.path())) {
                return imports.importStudents(a, schoolId, f.name(), in, m, progressSink);
            } finally {
                f.delete();
            }
        }, this::finished, this::failed, () -> { });
    }

    private void showProgress(ImportProgress.Phase ph, int done, int total) {
        if (total > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, done / (double) total));
            phase.setText(t(ImportUiText.PROGRESS, ImportSupport.phase(ph), done, total));
        } else {
            progress.setIndeterminate(true);
            phase.setText(ph == null ? t(ImportUiText.PROGRESS_STARTING) : ImportSupport.phase(ph) + "…");
        }
    }

    private void finished(ImportReport result) {
        setRunning(false);
        report.show(result);
        if (result.status() == ImportStatus.COMPLETED) {
            UiContext.showSuccess(t(ImportUiText.IMPORT_DONE, result.storedRows()));
        } else {
            showErrorText(t(ImportUiText.IMPORT_NOT_STORED, ImportSupport.status(result.status())));
        }
        refreshRecent();
    }

    private void failed(Exception error) {
        setRunning(false);
        if (error instanceof DomainException e) {
            UiContext.showError(e);
        } else {
            LOG.error("student import failed", error);
            showErrorText(t(ImportUiText.IMPORT_FAILED));
        }
        refreshRecent();
    }

    private void setRunning(boolean value) {
        running = value;
        progress.setVisible(value);
        phase.setVisible(value);
        upload.setEnabled(!value);
        mode.setReadOnly(value);
        school.setReadOnly(value);
        if (!value) {
            // the next import is a new decision: new file, mode chosen again
            upload.clearFileList();
            fileState.setText("");
            mode.clear();
        }
        updateStart();
    }

    private void refreshRecent() {
        try {
            recent.setItems(imports.recentImports(actor, selectedSchoolId(), RECENT_LIMIT));
        } catch (DomainException e) {
            UiContext.showError(e);
            recent.setItems(List.of());
        }
    }

    private void openReport(ImportReport summary) {
        try {
            report.show(imports.report(actor, summary.batchId()));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private List<School> loadSchools() {
        SchoolService service = UiContext.service(getClass(), SchoolService.class);
        try {
            return service.listSchools(actor);
        } catch (DomainException e) {
            UiContext.showError(e);
            return List.of();
        }
    }

    static void showErrorText(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // an uploaded file that was never imported does not stay on disk
        if (file != null) {
            file.delete();
            file = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return ImportSupport.pageTitle(ImportUiText.TITLE);
    }
}
