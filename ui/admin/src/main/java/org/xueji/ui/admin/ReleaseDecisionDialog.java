package org.xueji.ui.admin;

import static org.xueji.ui.admin.AdminSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DataReleasePicker;

/** 批准 / 驳回 a pending data-release request (R4), with a note (approval) or a reason (rejection). */
final class ReleaseDecisionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient Locale locale = UiContext.locale();
    private final transient DataReleaseService releases;
    private final transient DataRelease request;
    private final transient Runnable onDecided;
    private final boolean approve;
    private final TextArea note = new TextArea();

    ReleaseDecisionDialog(Actor actor, DataReleaseService releases, DataRelease request, boolean approve,
                          Runnable onDecided) {
        this.actor = actor;
        this.releases = releases;
        this.request = request;
        this.approve = approve;
        this.onDecided = onDecided;
        setId(approve ? "release-approve-dialog" : "release-reject-dialog");
        setHeaderTitle(t(approve ? AdminUiText.APPROVE_TITLE : AdminUiText.REJECT_TITLE,
                String.valueOf(request.id())));
        setWidth("min(36em, 96vw)");
        setCloseOnOutsideClick(false);

        Div summary = new Div();
        summary.setId("release-decision-summary");
        summary.add(line(AdminUiText.COL_REQUESTER, request.requester()));
        summary.add(line(AdminUiText.COL_PURPOSE, request.purpose()));
        summary.add(line(AdminUiText.COL_RECIPIENT, request.recipient()));
        summary.add(line(AdminUiText.COL_SCOPE, request.dataScope()));
        // R4: what the approval will cover, as the exports enforce it
        Component[] approved = line(AdminUiText.FIELD_SCOPE_APPROVED,
                DataReleasePicker.scopeText(request, UiContext.locale()));
        approved[1].setId("release-decision-scope");
        summary.add(approved);
        summary.add(line(AdminUiText.COL_DOCUMENT, request.approvalDocumentNumber()));
        summary.add(line(AdminUiText.COL_MAX_DOWNLOADS, String.valueOf(request.maxDownloads())));
        summary.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");

        note.setId(FormFieldIds.RELEASE_DECISION_NOTE);
        note.setLabel(t(approve ? AdminUiText.FIELD_APPROVE_NOTE : AdminUiText.FIELD_REJECT_REASON));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(!approve);

        VerticalLayout body = new VerticalLayout(summary, note);
        body.setPadding(false);
        add(body);

        Button confirm = new Button(t(approve ? AdminUiText.ACTION_APPROVE : AdminUiText.ACTION_REJECT),
                e -> decide());
        confirm.setId("release-decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!approve) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button(t(AdminUiText.CANCEL), e -> close());
        cancel.setId("release-decision-cancel");
        getFooter().add(cancel, confirm);
    }

    private static Component[] line(AdminUiText label, String value) {
        Span l = new Span(label.format(UiContext.locale()));
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Component[] {l, new Span(Objects.toString(value, ""))};
    }

    private void decide() {
        Map<String, Component> fields = Map.of(FormFieldIds.RELEASE_DECISION_NOTE, note);
        AdminSupport.clearErrors(fields);
        String text = note.getValue().strip();
        if (!approve && text.isEmpty()) {
            AdminSupport.invalid(note, t(AdminUiText.REQUIRED));
            return;
        }
        try {
            if (approve) {
                releases.approve(actor, request.id(), text.isEmpty() ? null : text);
            } else {
                releases.reject(actor, request.id(), text);
            }
        } catch (ValidationException e) {
            AdminSupport.showFieldErrors(e.errors(), FormFieldIds::release, fields, locale);
            return;
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        UiContext.showSuccess(t(approve ? AdminUiText.RELEASE_APPROVED : AdminUiText.RELEASE_REJECTED,
                String.valueOf(request.id())));
        close();
        onDecided.run();
    }
}
