package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A confirmation dialog (ids {@code ver-confirm}, {@code ver-confirm-ok}, {@code ver-confirm-cancel}). */
final class Confirm {

    static void open(String header, String text, String confirmText, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId("ver-confirm");
        dialog.setHeaderTitle(header);
        dialog.add(new Paragraph(text));
        Button ok = new Button(confirmText, e -> {
            dialog.close();
            action.run();
        });
        ok.setId("ver-confirm-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(VerificationUiText.CANCEL), e -> dialog.close());
        cancel.setId("ver-confirm-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private Confirm() {
    }
}
