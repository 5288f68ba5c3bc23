package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.SchoolClass;
import org.xueji.transfer.api.FindingStart;
import org.xueji.transfer.api.IncomingTransfer;
import org.xueji.transfer.api.TransferService;
import org.xueji.ui.kit.student.FieldErrorDisplay;
import org.xueji.ui.kit.student.StudentFieldIds;
import org.xueji.ui.kit.student.StudentRecordConversion;
import org.xueji.ui.kit.student.StudentRecordForm;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.Notify;

/**
 * The receiving school starts a transfer in from another district or province (转入): the record is entered
 * from the sending school's printed, sealed 学籍登记表 with the kit's {@link StudentRecordForm} (element ids
 * {@code trfin-*}), plus the grade on that form, the sending school, and the receiving side shared with 发起转学
 * ({@link ReceivingSideFields}: class of its own school, date, reason, the R9/R11 evidence). The service
 * validates the record like a registration and runs the checks of a transfer (each refusal named by its rule);
 * the record is created when the district approves.
 */
final class StartTransferInDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    /** Element ids of the entered record (the kit form's fields). */
    static final StudentFieldIds IDS = new StudentFieldIds("trfin-", "trfin-g", Map.of());

    private final transient Actor actor;
    private final transient TransferService transfers;
    private final Runnable done;
    private final transient Locale locale = UiContext.locale();
    private final FieldErrorDisplay errors = new FieldErrorDisplay(IDS, t(TransferUiText.IN_FIX_ERRORS));
    private final StudentRecordForm record = new StudentRecordForm(locale, errors, StudentRecordForm.Options.REGISTER);
    private final Select<Integer> grade = new Select<>();
    private final TextField otherSide = new TextField(t(TransferUiText.IN_FIELD_SENDING_SCHOOL));
    private final ReceivingSideFields receiving;

    StartTransferInDialog(Actor actor, TransferService transfers, Runnable done) {
        this.actor = actor;
        this.transfers = transfers;
        this.done = done;
        setHeaderTitle(t(TransferUiText.ACTION_START_IN));
        setWidth("900px");
        Paragraph intro = new Paragraph(t(TransferUiText.IN_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        grade.setId("trfin-grade");
        grade.setLabel(t(TransferUiText.IN_FIELD_GRADE));
        grade.setItems(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        grade.setItemLabelGenerator(Grades::name);
        otherSide.setId("trfin-other-side");
        otherSide.setWidthFull();
        otherSide.setMaxLength(200);
        receiving = new ReceivingSideFields(actor, "trfin");
        record.fill(StudentRecordConversion.newRecord(YearMonth.from(TransferSupport.today(getClass()))));
        VerticalLayout body = new VerticalLayout(intro, record, otherSide, grade, receiving);
        body.setPadding(false);
        add(body);
        Button submit = new Button(t(TransferUiText.SUBMIT), e -> submit());
        submit.setId("trfin-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t(TransferUiText.CANCEL), e -> close()), submit);
    }

    /** The finding this transfer in was started from (settled when the district approves), or null. */
    private Long findingId;

    /**
     * R18 one-click start from a 人在籍不在 finding whose child has no record anywhere in the district: the entered
     * record starts with the roster's name and ID number (sex and birth date follow from a resident ID number, D1),
     * the roster's grade, and the receiving school's class of the roster's grade and number when it has one. The
     * rest comes from the sending school's printed form as usual.
     */
    void startFrom(FindingStart start) {
        findingId = start.findingId();
        Span banner = new Span(t(TransferUiText.IN_FINDING_BANNER, start.findingId()));
        banner.setId("trfin-finding-banner");
        addComponentAsFirst(banner);
        record.fill(StudentRecordConversion.newRecord(YearMonth.from(TransferSupport.today(getClass())))
                .withPerson(start.rosterName(), start.rosterIdNumber()));
        if (start.gradeLevel() != null && start.gradeLevel() >= 1 && start.gradeLevel() <= 9) {
            grade.setValue(start.gradeLevel());
        }
        receiving.chooseClass(start.gradeLevel(), start.classNumber());
    }

    private void submit() {
        errors.clear();
        Long school = receiving.receivingSchool();
        StudentRecordConversion.Prepared prepared = StudentRecordConversion.prepare(record.read(), school,
                TransferSupport.today(getClass()));
        if (!prepared.valid()) {
            errors.show(prepared.errors(), prepared.guardianSlots(), locale);
            return;
        }
        SchoolClass c = receiving.targetClass();
        IncomingTransfer transfer = new IncomingTransfer(prepared.data(), grade.getValue(), school,
                c == null ? null : c.id(), receiving.date(), receiving.reason(), otherSide.getValue(),
                receiving.conditionsMet(), receiving.overrideReason(), receiving.evidence()).withFinding(findingId);
        try {
            var r = transfers.submitTransferIn(actor, transfer);
            Notify.success(t(TransferUiText.SUBMITTED, r.id()));
            close();
            done.run();
        } catch (ValidationException e) {
            // the record's fields show their errors; the rules (R8, R9, R10, R15, D1 …) are named in the message
            errors.show(e.errors(), prepared.guardianSlots(), locale);
            Notify.error(e);
        } catch (DomainException e) {
            Notify.error(e);
        }
    }
}
