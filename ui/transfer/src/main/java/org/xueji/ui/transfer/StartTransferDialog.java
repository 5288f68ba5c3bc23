package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.SchoolClass;
import org.xueji.transfer.api.FoundStudent;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.Notify;

/**
 * The receiving school starts a transfer: finds the student across the district by exact ID
 * number or 学籍号 (R1, masked), picks a class of its own school, gives date, reason and the
 * R9/R11 evidence ({@link ReceivingSideFields}); the service runs the automatic checks and names each
 * blocking rule. A district account picks the receiving school first and may give the R8 override reason.
 */
final class StartTransferDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient TransferService transfers;
    private final Runnable done;
    private final TextField number = new TextField(t(TransferUiText.FIND_LABEL));
    private final Span found = new Span();
    private final ReceivingSideFields receiving;
    private transient FoundStudent student;
    /** R18: the 人在籍不在 finding this transfer starts from, or {@code null}. */
    private Long findingId;

    StartTransferDialog(Actor actor, TransferService transfers, Runnable done) {
        this.actor = actor;
        this.transfers = transfers;
        this.done = done;
        setHeaderTitle(t(TransferUiText.ACTION_START));
        setWidth("640px");
        number.setId("transfer-find-number");
        number.setWidth("22em");
        Button find = new Button(t(TransferUiText.FIND_BUTTON), e -> find());
        find.setId("transfer-find");
        found.setId("transfer-found");
        HorizontalLayout findRow = new HorizontalLayout(number, find);
        findRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        receiving = new ReceivingSideFields(actor, "transfer");
        VerticalLayout body = new VerticalLayout(findRow, found, receiving);
        body.setPadding(false);
        add(body);
        Button submit = new Button(t(TransferUiText.SUBMIT), e -> submit());
        submit.setId("transfer-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t(TransferUiText.CANCEL), e -> close()), submit);
    }

    /**
     * R18 one-click start from a 人在籍不在 finding: the record found by the roster's ID number is taken, the
     * class of the roster's grade and number chosen when the school has it; the transfer names the finding.
     */
    void startFrom(org.xueji.transfer.api.FindingStart start) {
        findingId = start.findingId();
        student = start.found();
        number.setVisible(false);
        Span banner = new Span(t(TransferUiText.FINDING_BANNER, start.findingId()));
        banner.setId("transfer-finding-banner");
        addComponentAsFirst(banner);
        showFound();
        receiving.chooseClass(start.gradeLevel(), start.classNumber());
    }

    private void showFound() {
        found.setText(student == null ? t(TransferUiText.NOT_FOUND) : t(TransferUiText.FOUND,
                student.maskedRegistryNumber(), "#" + student.schoolId(),
                student.gradeLevel() == null ? "-" : student.gradeLevel(), student.status().format(UiContext.locale())));
    }

    private void find() {
        try {
            student = transfers.find(actor, number.getValue()).orElse(null);
            findingId = null;
            showFound();
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private void submit() {
        if (student == null) {
            found.setText(t(TransferUiText.NOT_FOUND));
            return;
        }
        SchoolClass c = receiving.targetClass();
        NewChange change = new NewChange(org.xueji.transfer.api.ChangeType.TRANSFER, student.studentId(),
                receiving.receivingSchool(), c == null ? null : c.id(),
                c == null ? student.gradeLevel() : Integer.valueOf(c.gradeLevel()), receiving.date(), receiving.reason(),
                null, null, receiving.conditionsMet(), null, receiving.overrideReason(), receiving.evidence())
                .withFinding(findingId);
        try {
            var r = transfers.submit(actor, change);
            Notify.success(t(TransferUiText.SUBMITTED, r.id()));
            close();
            done.run();
        } catch (DomainException e) {
            Notify.error(e);
        }
    }
}
