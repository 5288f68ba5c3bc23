package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.IncomingTransfer;
import org.xueji.transfer.api.TransferService;
import org.xueji.ui.kit.student.FieldErrorDisplay;
import org.xueji.ui.kit.student.StudentFieldIds;
import org.xueji.ui.kit.student.StudentRecordConversion;
import org.xueji.ui.kit.student.StudentRecordForm;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.Notify;

/**
 * The receiving school starts a transfer in from another district or province (转入): the record is entered
 * from the sending school's printed, sealed 学籍登记表 with the kit's {@link StudentRecordForm} (element ids
 * {@code trfin-*}), plus the grade on that form, the sending school, a class of its own school, date, reason and
 * the R9/R11 evidence. The service validates the record like a registration and runs the checks of a transfer
 * (each refusal named by its rule); the record is created when the district approves.
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
    private final Select<School> targetSchool = new Select<>();
    private final Select<SchoolClass> targetClass = new Select<>();
    private final Select<Integer> grade = new Select<>();
    private final TextField otherSide = new TextField(t(TransferUiText.IN_FIELD_SENDING_SCHOOL));
    private final DatePicker date = DatePickers.create("trfin-date", t(TransferUiText.FIELD_DATE));
    private final TextArea reason = new TextArea(t(TransferUiText.FIELD_REASON));
    private final TextArea overrideReason = new TextArea(t(TransferUiText.FIELD_OVERRIDE));
    private final Checkbox conditions = new Checkbox(t(TransferUiText.FIELD_CONDITIONS), true);
    private final EvidenceUploads evidence;

    StartTransferInDialog(Actor actor, TransferService transfers, Runnable done) {
        this.actor = actor;
        this.transfers = transfers;
        this.done = done;
        setHeaderTitle(t(TransferUiText.ACTION_START_IN));
        setWidth("900px");
        Paragraph intro = new Paragraph(t(TransferUiText.IN_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        boolean district = actor.isDistrictWide();
        targetSchool.setId("trfin-target-school");
        targetSchool.setLabel(t(TransferUiText.FIELD_TARGET_SCHOOL));
        targetSchool.setItemLabelGenerator(School::name);
        targetSchool.setVisible(district);
        targetSchool.addValueChangeListener(e -> targetClass.setItems(classesOf(
                e.getValue() == null ? null : e.getValue().id())));
        if (district) {
            targetSchool.setItems(schools());
        }
        targetClass.setId("trfin-class");
        targetClass.setLabel(t(TransferUiText.FIELD_CLASS));
        targetClass.setItemLabelGenerator(c -> Grades.className(c.gradeLevel(), c.classNumber()));
        targetClass.setItems(classesOf(actor.schoolId()));
        grade.setId("trfin-grade");
        grade.setLabel(t(TransferUiText.IN_FIELD_GRADE));
        grade.setItems(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        grade.setItemLabelGenerator(Grades::name);
        otherSide.setId("trfin-other-side");
        otherSide.setWidthFull();
        otherSide.setMaxLength(200);
        date.setValue(TransferSupport.today(getClass()));
        reason.setId("trfin-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        overrideReason.setId("trfin-override");
        overrideReason.setWidthFull();
        overrideReason.setMaxLength(500);
        overrideReason.setVisible(district);
        conditions.setId("trfin-conditions");
        Map<EvidenceCategory, TransferUiText> categories = new LinkedHashMap<>();
        categories.put(EvidenceCategory.HOUSEHOLD, TransferUiText.EVIDENCE_HOUSEHOLD);
        categories.put(EvidenceCategory.REGISTRATION_FORM, TransferUiText.EVIDENCE_FORM);
        categories.put(EvidenceCategory.ADMISSION_CONDITIONS, TransferUiText.EVIDENCE_CONDITIONS);
        evidence = new EvidenceUploads("trfin-evidence", categories);
        record.fill(StudentRecordConversion.newRecord(YearMonth.from(TransferSupport.today(getClass()))));
        VerticalLayout body = new VerticalLayout(intro, record, otherSide, grade, targetSchool, targetClass, date,
                reason, overrideReason, conditions, evidence);
        body.setPadding(false);
        add(body);
        Button submit = new Button(t(TransferUiText.SUBMIT), e -> submit());
        submit.setId("trfin-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t(TransferUiText.CANCEL), e -> close()), submit);
    }

    private List<SchoolClass> classesOf(Long schoolId) {
        if (schoolId == null) {
            return List.of();
        }
        try {
            return UiContext.service(getClass(), SchoolService.class).listClasses(actor, schoolId);
        } catch (DomainException e) {
            return List.of();
        }
    }

    private List<School> schools() {
        try {
            return UiContext.service(getClass(), SchoolService.class).listSchools(actor);
        } catch (DomainException e) {
            return List.of();
        }
    }

    private Long receivingSchool() {
        if (!actor.isDistrictWide()) {
            return actor.schoolId();
        }
        return targetSchool.getValue() == null ? null : targetSchool.getValue().id();
    }

    private void submit() {
        errors.clear();
        Long school = receivingSchool();
        StudentRecordConversion.Prepared prepared = StudentRecordConversion.prepare(record.read(), school,
                TransferSupport.today(getClass()));
        if (!prepared.valid()) {
            errors.show(prepared.errors(), prepared.guardianSlots(), locale);
            return;
        }
        SchoolClass c = targetClass.getValue();
        IncomingTransfer transfer = new IncomingTransfer(prepared.data(), grade.getValue(), school,
                c == null ? null : c.id(), date.getValue(), reason.getValue(), otherSide.getValue(),
                conditions.getValue(), overrideReason.isVisible() && !overrideReason.getValue().isBlank()
                ? overrideReason.getValue() : null, evidence.uploads());
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
