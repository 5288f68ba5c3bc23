package org.xueji.ui.ledger;

import static org.xueji.ui.ledger.LedgerSupport.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueji.ledger.api.FollowUpKind;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.LedgerLimits;
import org.xueji.ledger.api.LedgerService;
import org.xueji.ledger.api.NewFollowUp;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.UiContext;

/**
 * A follow-up of an incident: a written self-review (PDF), a district-wide notice by its number
 * (district only), or another measure in words. The service validates and refuses what is wrong.
 */
final class FollowUpDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient LedgerService ledger;
    private final transient Incident incident;
    private final transient Runnable onSaved;
    private final Select<FollowUpKind> kind = new Select<>();
    private final TextArea note = new TextArea();
    private final TextField noticeNumber = new TextField();
    private final Upload upload = new Upload();
    private final Span documentState = new Span();
    private volatile String documentName;
    private volatile byte[] document;

    FollowUpDialog(Actor actor, LedgerService ledger, Incident incident, Runnable onSaved) {
        this.actor = actor;
        this.ledger = ledger;
        this.incident = incident;
        this.onSaved = onSaved;
        Locale locale = UiContext.locale();
        setId("ledger-follow-up-dialog");
        setHeaderTitle(t(LedgerUiText.FOLLOW_UP_TITLE, String.valueOf(incident.id())));
        setWidth("min(36em, 96vw)");
        setCloseOnOutsideClick(false);

        Paragraph what = new Paragraph(incident.type().format(locale) + "：" + incident.description(locale));
        what.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        List<FollowUpKind> kinds = new ArrayList<>(List.of(FollowUpKind.SELF_REVIEW, FollowUpKind.NOTE));
        if (actor.isDistrictWide()) {
            kinds.add(1, FollowUpKind.DISTRICT_NOTICE);
        }
        kind.setId("ledger-follow-up-kind");
        kind.setLabel(t(LedgerUiText.FIELD_KIND));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> k.format(locale));
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        noticeNumber.setId("ledger-follow-up-notice");
        noticeNumber.setLabel(t(LedgerUiText.FIELD_NOTICE_NUMBER));
        noticeNumber.setMaxLength(LedgerLimits.MAX_NOTICE_NUMBER);
        note.setId("ledger-follow-up-note");
        note.setLabel(t(LedgerUiText.FIELD_NOTE));
        note.setMaxLength(LedgerLimits.MAX_NOTE);
        note.setWidthFull();
        configureUpload();
        VerticalLayout body = new VerticalLayout(what, kind, noticeNumber, upload, documentState, note);
        body.setPadding(false);
        add(body);
        kind.setValue(FollowUpKind.SELF_REVIEW);

        Button save = new Button(t(LedgerUiText.SAVE), e -> save());
        save.setId("ledger-follow-up-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(LedgerUiText.CANCEL), e -> close());
        cancel.setId("ledger-follow-up-cancel");
        getFooter().add(cancel, save);
    }

    private void configureUpload() {
        UI ui = UI.getCurrent();
        upload.setId("ledger-follow-up-document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LedgerLimits.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setUploadHandler(new PdfUpload((name, content) -> {
            documentName = name;
            document = content;
            if (ui != null) {
                ui.access(() -> showDocument(name, content != null));
            }
        }));
        upload.getElement().addEventListener("upload-success", e -> { });
        upload.getElement().addEventListener("upload-error", e -> { });
        upload.addFileRejectedListener(e -> showDocument(null, false));
        upload.addFileRemovedListener(e -> {
            document = null;
            documentState.setText("");
        });
        documentState.setId("ledger-follow-up-document-state");
        documentState.getStyle().set("font-size", "var(--lumo-font-size-s)");
    }

    private void showDocument(String name, boolean ok) {
        documentState.setText(ok ? t(LedgerUiText.DOCUMENT_RECEIVED, name)
                : t(name == null ? LedgerUiText.DOCUMENT_REJECTED : LedgerUiText.DOCUMENT_TOO_LARGE));
        documentState.getStyle().set("color", ok ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        if (!ok) {
            upload.clearFileList();
        }
    }

    private void showFieldsOf(FollowUpKind k) {
        upload.setVisible(k == FollowUpKind.SELF_REVIEW);
        documentState.setVisible(k == FollowUpKind.SELF_REVIEW);
        noticeNumber.setVisible(k == FollowUpKind.DISTRICT_NOTICE);
        note.setRequired(k == FollowUpKind.NOTE);
    }

    private void save() {
        FollowUpKind k = kind.getValue();
        NewFollowUp f = k == null ? new NewFollowUp(null, note.getValue(), null, null, null) : switch (k) {
            case SELF_REVIEW -> NewFollowUp.selfReview(documentName, document, note.getValue());
            case DISTRICT_NOTICE -> NewFollowUp.districtNotice(noticeNumber.getValue(), note.getValue());
            case NOTE -> NewFollowUp.note(note.getValue());
        };
        try {
            ledger.followUp(actor, incident.id(), f);
            UiContext.showSuccess(t(LedgerUiText.FOLLOWED_UP));
            close();
            onSaved.run();
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }
}
