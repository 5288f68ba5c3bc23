package org.xueji.ui.specialneeds;

import static org.xueji.ui.specialneeds.SnSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.School;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.Notify;

/** 登记儿童 (R25): with or without a registry record; the service checks everything again. */
final class ChildDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ChildDialog(Actor actor, SpecialNeedsService service, List<School> schools, Runnable saved) {
        setHeaderTitle(t(SpecialNeedsUiText.ACTION_REGISTER));
        TextField studentId = new TextField(t(SpecialNeedsUiText.FIELD_STUDENT_ID));
        studentId.setId("sn-child-student");
        TextField name = new TextField(t(SpecialNeedsUiText.COL_NAME));
        name.setId("sn-child-name");
        TextField idNumber = new TextField(t(SpecialNeedsUiText.FIELD_ID_NUMBER));
        idNumber.setId("sn-child-id-number");
        DatePicker birth = DatePickers.create("sn-child-birth", t(SpecialNeedsUiText.FIELD_BIRTH));
        TextField town = new TextField(t(SpecialNeedsUiText.COL_TOWN));
        town.setId("sn-child-town");
        TextField village = new TextField(t(SpecialNeedsUiText.COL_VILLAGE));
        village.setId("sn-child-village");
        Select<School> school = new Select<>();
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
        DatePicker certDate = DatePickers.create("sn-child-cert-date", t(SpecialNeedsUiText.FIELD_CERT_DATE));
        TextField health = new TextField(t(SpecialNeedsUiText.FIELD_HEALTH));
        TextField guardian = new TextField(t(SpecialNeedsUiText.FIELD_GUARDIAN));
        TextField phone = new TextField(t(SpecialNeedsUiText.FIELD_PHONE));
        FormLayout form = new FormLayout(studentId, name, idNumber, birth, town, village, school, disability, degree,
                cert, certDate, health, guardian, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button save = new Button(t(SpecialNeedsUiText.SAVE), e -> {
            try {
                Long student = studentId.getValue().isBlank() ? null : Long.valueOf(studentId.getValue().strip());
                service.register(actor, new ChildData(student, name.getValue(), idNumber.getValue(), birth.getValue(),
                        town.getValue(), village.getValue(), school.getValue() == null ? null : school.getValue().id(),
                        disability.getValue(), degree.getValue() == null ? -1 : degree.getValue(), cert.getValue(),
                        certDate.getValue(), health.getValue(), guardian.getValue(), phone.getValue()));
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
}
