package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.Evidence;
import org.xueji.transfer.api.TransferService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.Notify;
import org.xueji.ui.shell.kit.SingleUseDownload;

/**
 * A change's facts, evidence and the decision buttons (the workflow checks the decider's scope;
 * the same steps are in the 待办 inbox). The sending school's view is read-only.
 */
final class ChangeDetailsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ChangeDetailsDialog(Actor actor, TransferService transfers, long changeId, Map<Long, String> names, Runnable done) {
        setHeaderTitle(t(TransferUiText.ACTION_DETAILS) + " #" + changeId);
        setWidth("600px");
        ChangeRequest r;
        try {
            r = transfers.get(actor, changeId);
        } catch (DomainException e) {
            Notify.error(e);
            return;
        }
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setSpacing(false);
        body.setId("transfer-details");
        line(body, TransferUiText.COL_TYPE, r.type().format(UiContext.locale())
                + (r.localCode() == null ? "" : " " + r.localCode()));
        line(body, TransferUiText.COL_STUDENT, String.valueOf(r.studentId()));
        // a transfer in comes from a school outside the district: the sending school as entered
        line(body, TransferUiText.COL_FROM, r.type() == ChangeType.TRANSFER_IN ? r.otherSide()
                : TransferSupport.school(names, r.fromSchoolId()));
        line(body, TransferUiText.COL_TO, TransferSupport.school(names, r.toSchoolId()));
        line(body, TransferUiText.COL_DATE, String.valueOf(r.effectiveDate()));
        line(body, TransferUiText.FIELD_REASON, r.reason());
        Span status = line(body, TransferUiText.COL_STATUS, r.status().format(UiContext.locale())
                + (r.readOnly() ? " " + t(TransferUiText.READ_ONLY) : ""));
        status.setId("transfer-details-status");
        if (r.currentStep() != null) {
            line(body, TransferUiText.COL_STEP, TransferSupport.step(r.currentStep()) + "  " + TransferSupport.daysLeft(r));
        }
        if (r.type() == ChangeType.TRANSFER_IN) {
            enteredRecord(body, actor, transfers, changeId);
        }
        body.add(new H4(t(TransferUiText.EVIDENCE_TITLE)));
        try {
            for (Evidence ev : transfers.evidenceOf(actor, changeId)) {
                body.add(new Div(ev.category().format(UiContext.locale()) + " · " + ev.kind() + " · "
                        + (ev.fileName() == null ? "" : ev.fileName())));
            }
        } catch (DomainException e) {
            Notify.error(e);
        }
        add(body);

        if (r.type() == ChangeType.TRANSFER || r.type() == ChangeType.TRANSFER_IN) {
            Anchor form = new Anchor();
            form.setId("transfer-form-download");
            form.setText(t(TransferUiText.ACTION_FORM));
            try {
                form.setHref(SingleUseDownload.of(transfers.contactForm(actor, changeId),
                        t(TransferUiText.FORM_FILE) + "-" + changeId + ".pdf", "application/pdf", UiContext.locale()),
                        AttachmentType.DOWNLOAD);
                body.add(form);
            } catch (DomainException e) {
                // no form for this user; the rest of the dialog stays usable
            }
        }
        boolean pending = r.status() == ChangeStatus.PENDING && !r.readOnly();
        if (pending && actor.has(Permission.APPROVE_CHANGE)) {
            TextArea note = new TextArea(t(TransferUiText.FIELD_DECISION_REASON));
            note.setId("transfer-decision-reason");
            note.setWidthFull();
            body.add(note);
            Button approve = new Button(t(TransferUiText.ACTION_APPROVE), e -> decide(actor, transfers, changeId,
                    Decision.APPROVE, note.getValue(), done));
            approve.setId("transfer-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(t(TransferUiText.ACTION_REJECT), e -> decide(actor, transfers, changeId,
                    Decision.REJECT, note.getValue(), done));
            reject.setId("transfer-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(reject, approve);
        }
        if (r.type() == ChangeType.TRANSFER_IN && actor.has(Permission.EDIT_STUDENT)
                && r.status() == ChangeStatus.PENDING) {
            // 转入: the receiving school records the sending side's reply before the district decides
            Button yes = new Button(t(TransferUiText.ACTION_SENDING_YES), e -> act(() ->
                    transfers.recordReply(actor, changeId, true, null), done));
            yes.setId("transfer-reply-yes");
            Button no = new Button(t(TransferUiText.ACTION_SENDING_NO), e -> act(() ->
                    transfers.recordReply(actor, changeId, false, null), done));
            no.setId("transfer-reply-no");
            getFooter().add(no, yes);
        }
        if (r.type() == ChangeType.TRANSFER_OUT && actor.has(Permission.EDIT_STUDENT)) {
            if (r.status() == ChangeStatus.PENDING) {
                Button yes = new Button(t(TransferUiText.ACTION_REPLY_YES), e -> act(() ->
                        transfers.recordReply(actor, changeId, true, null), done));
                yes.setId("transfer-reply-yes");
                Button no = new Button(t(TransferUiText.ACTION_REPLY_NO), e -> act(() ->
                        transfers.recordReply(actor, changeId, false, null), done));
                no.setId("transfer-reply-no");
                getFooter().add(no, yes);
            } else if (r.status() == ChangeStatus.APPROVED && r.arrivedOn() == null) {
                Button arrived = new Button(t(TransferUiText.ACTION_ARRIVED), e -> act(() ->
                        transfers.confirmArrival(actor, changeId), done));
                arrived.setId("transfer-arrived");
                getFooter().add(arrived);
            }
        }
        getFooter().add(new Button(t(TransferUiText.CANCEL), e -> close()));
    }

    private void decide(Actor actor, TransferService transfers, long id, Decision d, String reason, Runnable done) {
        act(() -> transfers.decide(actor, id, d, reason == null || reason.isBlank() ? null : reason), done);
    }

    private void act(Runnable call, Runnable done) {
        try {
            call.run();
            Notify.success(t(TransferUiText.DECIDED));
            close();
            done.run();
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    /**
     * 转入 not yet decided: the record entered from the sending school's printed form (the registry creates it on
     * approval), read through the service in the change's scope, the ID number masked there (R1).
     */
    private static void enteredRecord(VerticalLayout body, Actor actor, TransferService transfers, long changeId) {
        try {
            transfers.enteredRecord(actor, changeId).ifPresent(e -> {
                VerticalLayout box = new VerticalLayout();
                box.setPadding(false);
                box.setSpacing(false);
                box.setId("transfer-details-entered");
                box.add(new H4(t(TransferUiText.IN_RECORD_TITLE)));
                line(box, TransferUiText.FIELD_NAME, e.name()).setId("transfer-entered-name");
                line(box, TransferUiText.FIELD_SEX, e.sex() == null ? null
                        : t(e.sex() == org.xueji.platform.api.identity.Sex.MALE ? TransferUiText.MALE
                        : TransferUiText.FEMALE)).setId("transfer-entered-sex");
                line(box, TransferUiText.FIELD_BIRTH, e.birthDate() == null ? null : e.birthDate().toString())
                        .setId("transfer-entered-birth");
                line(box, TransferUiText.FIELD_ID_NUMBER, (e.idType() == null ? "" : e.idType().label() + " ")
                        + e.maskedIdNumber()).setId("transfer-entered-id");
                line(box, TransferUiText.IN_FIELD_GRADE, e.gradeLevel() == null ? null
                        : org.xueji.registry.api.Grades.name(e.gradeLevel())).setId("transfer-entered-grade");
                line(box, TransferUiText.IN_FIELD_SENDING_SCHOOL, e.sendingSchool()).setId("transfer-entered-from");
                body.add(box);
            });
        } catch (DomainException e) {
            // not readable for this user: the rest of the dialog stays usable
            Notify.error(e);
        }
    }

    private static Span line(VerticalLayout body, TransferUiText label, String value) {
        Span v = new Span(value == null ? "-" : value);
        Div row = new Div(new Span(t(label) + "："), v);
        body.add(row);
        return v;
    }
}
