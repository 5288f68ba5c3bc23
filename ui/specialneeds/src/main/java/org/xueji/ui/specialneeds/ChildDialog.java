package org.xueji.ui.specialneeds;

import static org.xueji.ui.specialneeds.SnSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.School;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentService;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.Notify;

/**
 * 登记儿童 / 修改登记 (R25): with or without a registry record. Typing a valid ID number looks
 * the child up in the registry within the user's scope (the registry's own
 * {@link StudentService#findByIdNumber}, audited there) and fills record, name, birth date and
 * school; a school-age child without a record is registered without one. The service checks
 * everything again.
 */
final class ChildDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    /** Pause in typing before the ID number is looked up (ms). */
    private static final int LOOKUP_PAUSE = 400;

    private final transient Actor actor;
    private final transient List<School> schools;
    private final TextField studentId = new TextField(t(SpecialNeedsUiText.FIELD_STUDENT_ID));
    private final Checkbox hasRecord = new Checkbox(t(SpecialNeedsUiText.FIELD_HAS_RECORD));
    private final Span lookup = new Span();
    private final TextField name = new TextField(t(SpecialNeedsUiText.COL_NAME));
    private final TextField idNumber = new TextField(t(SpecialNeedsUiText.FIELD_ID_NUMBER));
    private final DatePicker birth = DatePickers.create("sn-child-birth", t(SpecialNeedsUiText.FIELD_BIRTH));
    private final Select<School> school = new Select<>();

    /** A new child. */
    ChildDialog(Actor actor, SpecialNeedsService service, List<School> schools, Runnable saved) {
        this(actor, service, schools, null, saved);
    }

    /** A new child ({@code existing} null) or the correction of a register entry. */
    ChildDialog(Actor actor, SpecialNeedsService service, List<School> schools, Child existing, Runnable saved) {
        this.actor = actor;
        this.schools = schools;
        setHeaderTitle(t(existing == null ? SpecialNeedsUiText.ACTION_REGISTER : SpecialNeedsUiText.ACTION_EDIT_CHILD));
        studentId.setId("sn-child-student");
        hasRecord.setId("sn-child-has-record");
        hasRecord.setHelperText(t(SpecialNeedsUiText.FIELD_HAS_RECORD_HELPER));
        lookup.setId("sn-child-lookup");
        lookup.getStyle().set("font-size", "var(--lumo-font-size-s)");
        name.setId("sn-child-name");
        idNumber.setId("sn-child-id-number");
        idNumber.setValueChangeMode(ValueChangeMode.LAZY);
        idNumber.setValueChangeTimeout(LOOKUP_PAUSE);
        idNumber.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                lookUp();
            }
        });
        hasRecord.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                lookUp();
            }
        });
        TextField town = new TextField(t(SpecialNeedsUiText.COL_TOWN));
        town.setId("sn-child-town");
        TextField village = new TextField(t(SpecialNeedsUiText.COL_VILLAGE));
        village.setId("sn-child-village");
        school.setId("sn-child-school");
        school.setLabel(t(SpecialNeedsUiText.COL_SCHOOL));
        school.setItems(schools);
        school.setItemLabelGenerator(School::name);
        if (schools.size() == 1) {
            school.setValue(schools.get(0));
        }
        Select<DisabilityType> disability = new Select<>();
        disability.setId("sn-child-disability");
        disability.setLabel(t(SpecialNeedsUiText.COL_DISABILITY));
        disability.setItems(Arrays.stream(DisabilityType.values()).filter(d -> d != DisabilityType.NONE).toList());
        disability.setItemLabelGenerator(DisabilityType::label);
        IntegerField degree = new IntegerField(t(SpecialNeedsUiText.COL_DEGREE));
        degree.setId("sn-child-degree");
        degree.setMin(0);
        degree.setMax(4);
        degree.setValue(0);
        TextField cert = new TextField(t(SpecialNeedsUiText.FIELD_CERT));
        cert.setId("sn-child-cert");
        DatePicker certDate = DatePickers.create("sn-child-cert-date", t(SpecialNeedsUiText.FIELD_CERT_DATE));
        TextField health = new TextField(t(SpecialNeedsUiText.FIELD_HEALTH));
        health.setId("sn-child-health");
        TextField guardian = new TextField(t(SpecialNeedsUiText.FIELD_GUARDIAN));
        guardian.setId("sn-child-guardian");
        TextField phone = new TextField(t(SpecialNeedsUiText.FIELD_PHONE));
        phone.setId("sn-child-phone");
        if (existing != null) {
            ChildData d = existing.data();
            studentId.setValue(d.studentId() == null ? "" : String.valueOf(d.studentId()));
            hasRecord.setValue(d.studentId() != null);
            name.setValue(nz(d.name()));
            idNumber.setValue(nz(d.idNumber()));
            birth.setValue(d.birthDate());
            town.setValue(nz(d.town()));
            village.setValue(nz(d.village()));
            schools.stream().filter(s -> s.id() == d.schoolId()).findFirst().ifPresent(school::setValue);
            disability.setValue(d.disability());
            degree.setValue(d.degree());
            cert.setValue(nz(d.certificateNumber()));
            certDate.setValue(d.certificateDate());
            health.setValue(nz(d.health()));
            guardian.setValue(nz(d.guardianName()));
            phone.setValue(nz(d.guardianPhone()));
        }
        FormLayout form = new FormLayout(hasRecord, idNumber, lookup, studentId, name, birth, town, village, school,
                disability, degree, cert, certDate, health, guardian, phone);
        form.setColspan(lookup, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button save = new Button(t(SpecialNeedsUiText.SAVE), e -> {
            try {
                Long student = studentId.getValue().isBlank() ? null : Long.valueOf(studentId.getValue().strip());
                ChildData data = new ChildData(student, name.getValue(), idNumber.getValue(), birth.getValue(),
                        town.getValue(), village.getValue(), school.getValue() == null ? null : school.getValue().id(),
                        disability.getValue(), degree.getValue() == null ? -1 : degree.getValue(), cert.getValue(),
                        certDate.getValue(), health.getValue(), guardian.getValue(), phone.getValue());
                if (existing == null) {
                    service.register(actor, data);
                } else {
                    service.updateChild(actor, existing.id(), data);
                }
                Notify.success(t(SpecialNeedsUiText.SAVED));
                close();
                saved.run();
            } catch (NumberFormatException ex) {
                studentId.setInvalid(true);
            } catch (DomainException ex) {
                Notify.error(ex);
            }
        });
        save.setId("sn-child-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t(SpecialNeedsUiText.CANCEL), e -> close()), save);
    }

    /** Finds the child's registry record by ID number within the user's scope and fills the form from it. */
    private void lookUp() {
        String id = idNumber.getValue() == null ? "" : idNumber.getValue().strip();
        if (!ChineseIdNumber.isValid(id)) {
            lookup.setText("");
            return;
        }
        Optional<Student> found;
        try {
            found = UiContext.service(ChildDialog.class, StudentService.class).findByIdNumber(actor, id);
        } catch (ModuleUnavailableException | DomainException e) {
            found = Optional.empty(); // no registry or no right to read it: the child is registered as found here
        }
        if (found.isEmpty()) {
            studentId.clear();
            lookup.setText(hasRecord.getValue() ? t(SpecialNeedsUiText.RECORD_NOT_FOUND) : "");
            return;
        }
        Student s = found.get();
        studentId.setValue(String.valueOf(s.id()));
        hasRecord.setValue(true);
        name.setValue(nz(s.data().name()));
        birth.setValue(s.data().birthDate());
        schools.stream().filter(sc -> s.data().schoolId() != null && sc.id() == s.data().schoolId()).findFirst()
                .ifPresent(school::setValue);
        lookup.setText(t(SpecialNeedsUiText.RECORD_FOUND, nz(s.registryNumber())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
