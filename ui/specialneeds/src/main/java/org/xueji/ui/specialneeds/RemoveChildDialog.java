package org.xueji.ui.specialneeds;

import static org.xueji.ui.specialneeds.SnSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.specialneeds.api.RemovalReason;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.Notify;

/** 删除登记: an entry registered by mistake, with the reason; the service refuses a child with a history. */
final class RemoveChildDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    RemoveChildDialog(Actor actor, SpecialNeedsService service, long childId, Runnable removed) {
        setHeaderTitle(t(SpecialNeedsUiText.ACTION_REMOVE_CHILD) + " #" + childId);
        Select<RemovalReason> reason = new Select<>();
        reason.setId("sn-remove-reason");
        reason.setLabel(t(SpecialNeedsUiText.FIELD_REMOVAL_REASON));
        reason.setItems(RemovalReason.values());
        reason.setItemLabelGenerator(r -> r.format(UiContext.locale()));
        add(new Paragraph(t(SpecialNeedsUiText.REMOVE_CONFIRM)), reason);
        Button confirm = new Button(t(SpecialNeedsUiText.ACTION_REMOVE_CHILD), e -> {
            try {
                service.removeChild(actor, childId, reason.getValue());
                Notify.success(t(SpecialNeedsUiText.REMOVED));
                close();
                removed.run();
            } catch (DomainException ex) {
                Notify.error(ex);
            }
        });
        confirm.setId("sn-remove-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t(SpecialNeedsUiText.CANCEL), e -> close()), confirm);
    }
}
