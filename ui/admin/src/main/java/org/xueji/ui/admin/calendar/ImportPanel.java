package org.xueji.ui.admin.calendar;

import static org.xueji.ui.admin.calendar.CalendarTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.IntConsumer;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.ui.shell.api.UiContext;

/** Upload of a year's JSON file, the year it is for, an explicit "replace", and the result (D2). */
final class ImportPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final Upload upload = new Upload();
    private final Span state = new Span();
    private final IntegerField year = new IntegerField(t(CalendarUiText.IMPORT_YEAR));
    private final Checkbox replace = new Checkbox(t(CalendarUiText.IMPORT_REPLACE));
    private volatile byte[] content;

    ImportPanel(Actor actor, CalendarService calendar, int suggestedYear, IntConsumer imported) {
        setId("calendar-import");
        H3 heading = new H3(t(CalendarUiText.IMPORT_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph hint = new Paragraph(t(CalendarUiText.IMPORT_HINT));
        hint.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        year.setId("calendar-import-year");
        year.setMin(HolidaySchedule.MIN_YEAR);
        year.setMax(HolidaySchedule.MAX_YEAR);
        year.setValue(suggestedYear);
        replace.setId("calendar-import-replace");
        configureUpload();
        Button run = new Button(t(CalendarUiText.IMPORT_BUTTON), e -> run(actor, calendar, imported));
        run.setId("calendar-import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(year, replace, run);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        state.setId("calendar-import-state");
        state.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(heading, hint, upload, state, row);
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)");
    }

    private void configureUpload() {
        UI ui = UI.getCurrent();
        upload.setId("calendar-import-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(JsonUpload.MAX_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setUploadHandler(new JsonUpload((name, bytes, refusal) -> {
            // runs without the session lock
            content = bytes;
            if (ui != null) {
                ui.access(() -> {
                    showState(refusal == null ? t(CalendarUiText.IMPORT_RECEIVED, name) : t(refusal), refusal != null);
                    if (refusal != null) {
                        upload.clearFileList();
                    }
                });
            }
        }));
        upload.getElement().addEventListener("upload-success", e -> { });
        upload.getElement().addEventListener("upload-error", e -> { });
        upload.addFileRejectedListener(e -> showState(t(CalendarUiText.IMPORT_REJECTED_BY_BROWSER), true));
        upload.addFileRemovedListener(e -> {
            content = null;
            state.setText("");
        });
    }

    private void run(Actor actor, CalendarService calendar, IntConsumer imported) {
        byte[] bytes = content;
        if (bytes == null) {
            showState(t(CalendarUiText.IMPORT_NO_FILE), true);
            return;
        }
        year.setInvalid(year.getValue() == null);
        if (year.getValue() == null) {
            year.setErrorMessage(t(CalendarUiText.REQUIRED));
            return;
        }
        try {
            CalendarService.ImportResult r = calendar.importYear(actor, year.getValue(), bytes,
                    replace.getValue());
            String done = t(CalendarUiText.IMPORT_DONE, String.valueOf(r.year()), r.daysOff(), r.makeUpDays())
                    + (r.replaced() ? t(CalendarUiText.IMPORT_REPLACED, r.previousDays()) : "");
            showState(done, false);
            UiContext.showSuccess(done);
            content = null;
            upload.clearFileList();
            replace.setValue(false);
            imported.accept(r.year());
        } catch (DomainException e) {
            showState(e.message(UiContext.locale()), true);
        }
    }

    private void showState(String text, boolean error) {
        state.setText(text);
        state.getElement().setAttribute("role", error ? "alert" : "status");
        state.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }
}
