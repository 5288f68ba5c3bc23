package org.xueji.ui.ledger;

import static org.xueji.ui.ledger.LedgerSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.LedgerLimits;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.UiContext;

/** The district closes (销号) a followed-up incident. */
final class CloseDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    CloseDialog(Actor actor, LedgerService ledger, Incident incident, Runnable onClosed) {
        setId("ledger-close-dialog");
        setHeaderTitle(t(LedgerUiText.CLOSE_TITLE, String.valueOf(incident.id())));
        setWidth("min(32em, 96vw)");
        TextArea note = new TextArea(t(LedgerUiText.FIELD_CLOSING_NOTE));
        note.setId("ledger-close-note");
        note.setMaxLength(LedgerLimits.MAX_NOTE);
        note.setWidthFull();
        VerticalLayout body = new VerticalLayout(new Paragraph(t(LedgerUiText.CLOSE_TEXT)), note);
        body.setPadding(false);
        add(body);
        Button confirm = new Button(t(LedgerUiText.ACTION_CLOSE), e -> {
            try {
                ledger.close(actor, incident.id(), note.getValue());
                UiContext.showSuccess(t(LedgerUiText.CLOSED));
                close();
                onClosed.run();
            } catch (DomainException ex) {
                UiContext.showError(ex);
            }
        });
        confirm.setId("ledger-close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button cancel = new Button(t(LedgerUiText.CANCEL), e -> close());
        cancel.setId("ledger-close-cancel");
        getFooter().add(cancel, confirm);
    }
}
