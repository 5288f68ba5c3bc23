package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.FoundStudent;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.Notify;

/**
 * The receiving school starts a transfer: finds the student across the district by exact ID
 * number or 学籍号 (R1, masked), picks a class of its own school, gives date, reason and the
 * R9/R11 evidence; the service runs the automatic checks and names each blocking rule. A district
 * account picks the receiving school first and may give the R8 override reason.
 */
final class StartTransferDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient TransferService transfers;
    private final Runnable done;
    private final TextField number = new TextField(t(TransferUiText.FIND_LABEL));
    private final Span found = new Span();
    /** Only for a district account (a school account receives into its own school). */
    private final Select<School> targetSchool = new Select<>();
    private final TextArea overrideReason = new TextArea(t(TransferUiText.FIELD_OVERRIDE));
    private final Select<SchoolClass> targetClass = new Select<>();
    private final DatePicker date = DatePickers.create("transfer-date", t(TransferUiText.FIELD_DATE));
    private final TextArea reason = new TextArea(t(TransferUiText.FIELD_REASON));
    private final Checkbox conditions = new Checkbox(t(TransferUiText.FIELD_CONDITIONS), true);
    private final EvidenceUploads evidence;
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
        targetClass.setId("transfer-class");
        targetClass.setLabel(t(TransferUiText.FIELD_CLASS));
        targetClass.setItemLabelGenerator(c -> Grades.className(c.gradeLevel(), c.classNumber()));
        targetClass.setItems(classesOf(actor.schoolId()));
        targetSchool.setId("transfer-target-school");
        targetSchool.setLabel(t(TransferUiText.FIELD_TARGET_SCHOOL));
        targetSchool.setItemLabelGenerator(School::name);
        targetSchool.addValueChangeListener(e -> targetClass.setItems(classesOf(
                e.getValue() == null ? null : e.getValue().id())));
        overrideReason.setId("transfer-override");
        overrideReason.setWidthFull();
        overrideReason.setMaxLength(500);
        boolean district = actor.isDistrictWide();
        targetSchool.setVisible(district);
        overrideReason.setVisible(district);
        if (district) {
            targetSchool.setItems(schools());
        }
        date.setValue(TransferSupport.today(getClass()));
        reason.setId("transfer-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        conditions.setId("transfer-conditions");
        Map<EvidenceCategory, TransferUiText> categories = new LinkedHashMap<>();
        categories.put(EvidenceCategory.HOUSEHOLD, TransferUiText.EVIDENCE_HOUSEHOLD);
        categories.put(EvidenceCategory.REGISTRATION_FORM, TransferUiText.EVIDENCE_FORM);
        categories.put(EvidenceCategory.ADMISSION_CONDITIONS, TransferUiText.EVIDENCE_CONDITIONS);
        evidence = new EvidenceUploads("transfer-evidence", categories);
        VerticalLayout body = new VerticalLayout(findRow, found, targetSchool, targetClass, date, reason,
                overrideReason, conditions, evidence);
        body.setPadding(false);
        add(body);
        Button submit = new Button(t(TransferUiText.SUBMIT), e -> submit());
        submit.setId("transfer-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t(TransferUiText.CANCEL), e -> close()), submit);
    }

    /** The classes of the receiving school: the user's own, or the one a district user picked. */
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
        if (start.gradeLevel() != null && start.classNumber() != null) {
            classesOf(receivingSchool()).stream().filter(c -> c.gradeLevel() == start.gradeLevel()
                    && c.classNumber() == start.classNumber()).findFirst().ifPresent(targetClass::setValue);
        }
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
        SchoolClass c = targetClass.getValue();
        NewChange change = new NewChange(org.xueji.transfer.api.ChangeType.TRANSFER, student.studentId(),
                receivingSchool(), c == null ? null : c.id(), c == null ? student.gradeLevel() : Integer.valueOf(c.gradeLevel()),
                date.getValue(), reason.getValue(), null, null, conditions.getValue(), null,
                overrideReason.isVisible() && !overrideReason.getValue().isBlank() ? overrideReason.getValue() : null,
                evidence.uploads()).withFinding(findingId);
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
