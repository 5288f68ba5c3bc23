package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.enrollment.importing.UploadFiles;
import org.xueji.ui.shell.api.UiContext;

/**
 * Upload of the students actually at school (花名册: 姓名, 身份证件号, 年级, 班级), which replaces
 * the school's roster and compares at once (R18). A file with any bad row is refused whole;
 * the row report is shown so that the file can be fixed.
 */
final class RosterUploadSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RosterUploadSection.class);

    private final transient Actor actor;
    private final transient VerificationService verifications;
    private final transient Consumer<SchoolVerification> onCompared;
    private final long verificationId;
    private final Upload upload;
    private final Span state = new Span();
    private final Grid<ImportIssue> issues = new Grid<>();

    RosterUploadSection(Actor actor, VerificationService verifications, long verificationId,
                        Consumer<SchoolVerification> onCompared) {
        this.actor = actor;
        this.verifications = verifications;
        this.verificationId = verificationId;
        this.onCompared = onCompared;
        setPadding(false);
        Span help = new Span(t(VerificationUiText.UPLOAD_HELP));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        upload = UploadFiles.create("ver-upload", UiContext.locale(), this::received,
                () -> showState(t(VerificationUiText.UPLOAD_FAILED), true));
        upload.addFileRejectedListener(e -> showState(e.getErrorMessage(), true));
        state.setId("ver-upload-state");

        issues.setId("ver-roster-issues");
        issues.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        issues.addColumn(i -> i.row() <= 0 ? t(VerificationUiText.WHOLE_FILE) : String.valueOf(i.row()))
                .setKey("row").setHeader(t(VerificationUiText.COL_ROW)).setComparator(ImportIssue::row)
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        issues.addColumn(i -> Objects.toString(i.column(), "")).setKey("column")
                .setHeader(t(VerificationUiText.COL_COLUMN)).setAutoWidth(true);
        issues.addColumn(ImportIssue::message).setKey("message").setHeader(t(VerificationUiText.COL_PROBLEM))
                .setFlexGrow(1).setTooltipGenerator(ImportIssue::message);
        issues.setHeight("16em");
        issues.setVisible(false);

        add(help, upload, state, issues);
    }

    /** In the UI thread once the file is in; the temporary copy is deleted afterwards. */
    private void received(UploadFiles.Received file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            SchoolVerification compared = verifications.uploadRoster(actor, verificationId, file.name(), in);
            issues.setVisible(false);
            showState(t(VerificationUiText.UPLOAD_COMPARED, file.name(), compared.rosterSize(),
                    compared.discrepancies()), false);
            onCompared.accept(compared);
        } catch (DomainException e) {
            refused(e);
        } catch (IOException e) {
            LOG.error("reading an uploaded roster failed", e);
            showState(t(VerificationUiText.UPLOAD_FAILED), true);
        } finally {
            file.delete();
            // one file at a time: clear the list so the next upload can start
            upload.clearFileList();
        }
    }

    private void refused(DomainException e) {
        List<ImportIssue> rows = RosterRejection.issues(e);
        showState(e.message(UiContext.locale()), true);
        issues.setItems(rows);
        issues.setVisible(!rows.isEmpty());
        if (rows.isEmpty()) {
            UiContext.showError(e);
        }
    }

    private void showState(String text, boolean error) {
        state.setText(text);
        state.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }
}
