package org.xueji.ui.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.ui.shell.api.UiContext;

/** 批准 / 驳回 one inbox line: a note for an approval, a reason (required) for a rejection. */
final class DecisionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient WorkflowService workflow;
    private final transient PendingStep step;
    private final transient Runnable onDecided;
    private final transient Locale locale = UiContext.locale();
    private final Decision decision;
    private final TextArea reason = new TextArea();

    DecisionDialog(Actor actor, WorkflowService workflow, PendingStep step, Decision decision, Runnable onDecided) {
        this.actor = actor;
        this.workflow = workflow;
        this.step = step;
        this.decision = decision;
        this.onDecided = onDecided;
        boolean approve = decision == Decision.APPROVE;
        setId("inbox-decision-dialog");
        setHeaderTitle((approve ? WorkflowUiText.APPROVE_TITLE : WorkflowUiText.REJECT_TITLE).in(locale,
                String.valueOf(step.requestId())));
        setWidth("min(34em, 96vw)");
        setCloseOnOutsideClick(false);
        Paragraph summary = new Paragraph(step.typeLabel().format(locale) + " · " + step.stepLabel().format(locale)
                + " · " + step.subject(locale));
        summary.setId("inbox-decision-summary");
        reason.setId("inbox-decision-reason");
        reason.setLabel((approve ? WorkflowUiText.FIELD_NOTE : WorkflowUiText.FIELD_REASON).in(locale));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(!approve);
        add(summary, reason);
        Button confirm = new Button((approve ? WorkflowUiText.APPROVE : WorkflowUiText.REJECT).in(locale),
                e -> decide());
        confirm.setId("inbox-decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, approve ? ButtonVariant.LUMO_SUCCESS
                : ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(WorkflowUiText.CANCEL.in(locale), e -> close());
        cancel.setId("inbox-decision-cancel");
        getFooter().add(cancel, confirm);
    }

    private void decide() {
        String text = reason.getValue().strip();
        reason.setInvalid(false);
        if (decision == Decision.REJECT && text.isEmpty()) {
            reason.setErrorMessage(WorkflowUiText.REQUIRED.in(locale));
            reason.setInvalid(true);
            return;
        }
        try {
            workflow.decide(actor, step.requestId(), decision, text.isEmpty() ? null : text);
        } catch (ValidationException e) {
            reason.setErrorMessage(e.message(locale));
            reason.setInvalid(true);
            return;
        } catch (DomainException e) {
            // e.g. decided by someone else a moment ago: the message says so; the list reloads
            UiContext.showError(e);
            close();
            onDecided.run();
            return;
        }
        UiContext.showSuccess((decision == Decision.APPROVE ? WorkflowUiText.APPROVED : WorkflowUiText.REJECTED)
                .in(locale, String.valueOf(step.requestId())));
        close();
        onDecided.run();
    }
}
