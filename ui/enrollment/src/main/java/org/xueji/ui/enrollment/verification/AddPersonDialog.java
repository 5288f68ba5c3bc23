package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.xueji.enrollment.api.RosterEntry;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.SchoolClass;

/**
 * 添加在校无学籍学生: a student present in the class who has no record (人在籍不在); the
 * comparison lists them for a record to be created. ID number optional (students without
 * an ID card).
 */
final class AddPersonDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Consumer<RosterEntry> onAdded;
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final Select<Integer> grade = new Select<>();
    private final IntegerField classNumber = new IntegerField();

    AddPersonDialog(SchoolClass schoolClass, Consumer<RosterEntry> onAdded) {
        this.onAdded = onAdded;
        setId("ver-add-dialog");
        setHeaderTitle(t(VerificationUiText.ADD_PERSON));
        setWidth("min(32em, 96vw)");
        setCloseOnOutsideClick(false);

        name.setId("ver-add-name");
        name.setLabel(t(VerificationUiText.FIELD_NAME));
        name.setMaxLength(50);
        name.setRequiredIndicatorVisible(true);
        idNumber.setId("ver-add-id");
        idNumber.setLabel(t(VerificationUiText.FIELD_ID_NUMBER));
        idNumber.setHelperText(t(VerificationUiText.ADD_ID_HELPER));
        idNumber.setMaxLength(30);
        grade.setId("ver-add-grade");
        grade.setLabel(t(VerificationUiText.FIELD_GRADE));
        grade.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        grade.setItemLabelGenerator(Grades::name);
        grade.setValue(schoolClass.gradeLevel());
        classNumber.setId("ver-add-class");
        classNumber.setLabel(t(VerificationUiText.FIELD_CLASS));
        classNumber.setMin(1);
        classNumber.setMax(99);
        classNumber.setValue(schoolClass.classNumber());

        FormLayout form = new FormLayout(name, idNumber, grade, classNumber);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        add(form);

        Button save = new Button(t(VerificationUiText.ADD_SAVE), e -> save());
        save.setId("ver-add-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(VerificationUiText.CANCEL), e -> close());
        cancel.setId("ver-add-cancel");
        getFooter().add(cancel, save);
        name.focus();
    }

    private void save() {
        name.setInvalid(false);
        if (name.getValue().isBlank()) {
            name.setErrorMessage(t(VerificationUiText.REQUIRED));
            name.setInvalid(true);
            return;
        }
        // the service normalises and compares ID numbers; only the obvious is tidied here
        String id = idNumber.getValue().strip().replace(" ", "").toUpperCase(Locale.ROOT);
        close();
        onAdded.accept(new RosterEntry(0, name.getValue().strip(), id, grade.getValue(), classNumber.getValue(),
                null));
    }
}
