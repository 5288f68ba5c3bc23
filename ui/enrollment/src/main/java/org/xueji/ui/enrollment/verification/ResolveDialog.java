package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.ResolutionKind;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.ui.shell.api.UiContext;

/** 处理: how a finding was settled, with a note (required for 其他（文字说明）, at least 5 characters; the service checks). */
final class ResolveDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient VerificationService verifications;
    private final transient Discrepancy discrepancy;
    private final transient Consumer<Discrepancy> onResolved;
    private final Select<ResolutionKind> resolution = new Select<>();
    private final TextArea note = new TextArea();

    ResolveDialog(Actor actor, VerificationService verifications, Discrepancy discrepancy,
                  Consumer<Discrepancy> onResolved) {
        this.actor = actor;
        this.verifications = verifications;
        this.discrepancy = discrepancy;
        this.onResolved = onResolved;
        setId("ver-resolve-dialog");
        setHeaderTitle(t(VerificationUiText.RESOLVE_TITLE, VerificationSupport.kind(discrepancy.kind())));
        setWidth("min(34em, 96vw)");
        setCloseOnOutsideClick(false);

        Paragraph who = new Paragraph(t(VerificationUiText.RESOLVE_WHO, nullToEmpty(discrepancy.name()),
                VerificationSupport.grade(discrepancy.gradeLevel()),
                VerificationSupport.classNumber(discrepancy.classNumber()), nullToEmpty(discrepancy.idNumber())));
        who.getStyle().set("margin-top", "0");

        resolution.setId("ver-resolution");
        resolution.setLabel(t(VerificationUiText.FIELD_RESOLUTION));
        resolution.setItems(ResolutionChoices.forKind(discrepancy.kind()));
        resolution.setItemLabelGenerator(VerificationSupport::resolution);
        resolution.setWidthFull();
        resolution.setRequiredIndicatorVisible(true);
        resolution.setValue(discrepancy.resolution());
        resolution.addValueChangeListener(e -> noteRequired());

        note.setId("ver-resolution-note");
        note.setLabel(t(VerificationUiText.FIELD_NOTE));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setMinHeight("6em");
        note.setValue(nullToEmpty(discrepancy.resolutionNote()));
        noteRequired();

        VerticalLayout content = new VerticalLayout(who, resolution, note);
        content.setPadding(false);
        add(content);

        Button save = new Button(t(VerificationUiText.RESOLVE_SAVE), e -> save());
        save.setId("ver-resolve-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(VerificationUiText.CANCEL), e -> close());
        cancel.setId("ver-resolve-cancel");
        getFooter().add(cancel, save);
    }

    private void noteRequired() {
        boolean required = resolution.getValue() == ResolutionKind.EXPLAINED;
        note.setRequiredIndicatorVisible(required);
        note.setHelperText(required ? t(VerificationUiText.NOTE_REQUIRED_HELPER) : "");
    }

    private void save() {
        resolution.setInvalid(false);
        note.setInvalid(false);
        ResolutionKind kind = resolution.getValue();
        if (kind == null) {
            resolution.setErrorMessage(t(VerificationUiText.REQUIRED));
            resolution.setInvalid(true);
            return;
        }
        Discrepancy resolved;
        try {
            resolved = verifications.resolve(actor, discrepancy.id(), kind, note.getValue().strip());
        } catch (ValidationException e) {
            showOnNote(e);
            return;
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        close();
        onResolved.accept(resolved);
    }

    /** The service refuses a missing or too short note (EXPLAINED) on the field {@code note}. */
    private void showOnNote(ValidationException e) {
        Locale locale = UiContext.locale();
        String onNote = e.errors().stream().filter(f -> "note".equals(f.field())).map(f -> f.message(locale))
                .collect(Collectors.joining("；"));
        if (onNote.isEmpty()) {
            UiContext.showError(e);
            return;
        }
        note.setErrorMessage(onNote);
        note.setInvalid(true);
        note.focus();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
