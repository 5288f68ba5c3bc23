package org.xueji.ui.enrollment.registration;

import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Ethnicity;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.StudyMode;

/**
 * The national record fields of a new student (the registry's student form, in the same
 * sections and widgets). A valid resident ID number fills in birth date and sex when they are
 * still empty (D1: they derive from it) and shows a refused number on the field at once.
 */
final class StudentRecordFields extends Div {

    private static final long serialVersionUID = 1L;
    /** Pause in typing after which the ID number is looked at (ms). */
    private static final int ID_TYPING_PAUSE = 400;

    private final transient Locale locale;
    private final transient FieldErrorDisplay errors;
    private final transient List<Runnable> checkListeners = new ArrayList<>();
    /** Set while the whole form is filled: one check afterwards, not one per field. */
    private boolean filling;

    private final TextField name;
    private final Select<Sex> sex;
    private final DatePicker birthDate = new DatePicker(t(RegistrationUiText.FIELD_BIRTH_DATE));
    private final Select<IdDocumentType> idType;
    private final TextField idNumber;
    private final ComboBox<String> ethnicity = new ComboBox<>(t(RegistrationUiText.FIELD_ETHNICITY));
    private final TextField nationality;
    private final TextField birthPlace;
    private final TextField nativePlace;
    private final TextField householdAddress;
    private final Select<HouseholdType> householdType;
    private final TextField currentAddress;
    private final TextField entryYearMonth;
    private final Select<EntryWay> entryWay;
    private final Select<StudyMode> studyMode;
    private final Select<LeftBehindStatus> leftBehind;
    private final Checkbox migrant;
    private final Checkbox orphan;
    private final Checkbox martyrChild;
    private final Checkbox inclusion;
    private final Select<DisabilityType> disability;
    private final Checkbox onlyChild;
    private final Checkbox preschool;
    private final GuardianFields guardian1;
    private final GuardianFields guardian2;

    StudentRecordFields(Locale locale, FieldErrorDisplay errors) {
        this.locale = locale;
        this.errors = errors;
        setWidthFull();

        name = text(RegistrationFieldIds.NAME, RegistrationUiText.FIELD_NAME, StudentValidator.NAME_MAX);
        sex = select(RegistrationFieldIds.SEX, RegistrationUiText.FIELD_SEX, Sex.values(), Sex::label);
        idType = coded(RegistrationFieldIds.ID_TYPE, RegistrationUiText.FIELD_ID_TYPE, IdDocumentType.values());
        idNumber = text(RegistrationFieldIds.ID_NUMBER, RegistrationUiText.FIELD_ID_NUMBER, 30);
        nationality = text(RegistrationFieldIds.NATIONALITY, RegistrationUiText.FIELD_NATIONALITY, 3);
        birthPlace = text(RegistrationFieldIds.BIRTH_PLACE, RegistrationUiText.FIELD_BIRTH_PLACE,
                StudentValidator.PLACE_MAX);
        nativePlace = text(RegistrationFieldIds.NATIVE_PLACE, RegistrationUiText.FIELD_NATIVE_PLACE,
                StudentValidator.PLACE_MAX);
        householdAddress = text(RegistrationFieldIds.HOUSEHOLD_ADDRESS, RegistrationUiText.FIELD_HOUSEHOLD_ADDRESS,
                StudentValidator.ADDRESS_MAX);
        householdType = coded(RegistrationFieldIds.HOUSEHOLD_TYPE, RegistrationUiText.FIELD_HOUSEHOLD_TYPE,
                HouseholdType.values());
        currentAddress = text(RegistrationFieldIds.CURRENT_ADDRESS, RegistrationUiText.FIELD_CURRENT_ADDRESS,
                StudentValidator.ADDRESS_MAX);
        entryYearMonth = text(RegistrationFieldIds.ENTRY_YEAR_MONTH, RegistrationUiText.FIELD_ENTRY_YEAR_MONTH, 20);
        entryWay = coded(RegistrationFieldIds.ENTRY_WAY, RegistrationUiText.FIELD_ENTRY_WAY, EntryWay.values());
        studyMode = coded(RegistrationFieldIds.STUDY_MODE, RegistrationUiText.FIELD_STUDY_MODE, StudyMode.values());
        leftBehind = coded(RegistrationFieldIds.LEFT_BEHIND, RegistrationUiText.FIELD_LEFT_BEHIND,
                LeftBehindStatus.values());
        migrant = check(RegistrationFieldIds.MIGRANT, RegistrationUiText.FIELD_MIGRANT);
        orphan = check(RegistrationFieldIds.ORPHAN, RegistrationUiText.FIELD_ORPHAN);
        martyrChild = check(RegistrationFieldIds.MARTYR_CHILD, RegistrationUiText.FIELD_MARTYR_CHILD);
        inclusion = check(RegistrationFieldIds.INCLUSION, RegistrationUiText.FIELD_INCLUSION);
        disability = coded(RegistrationFieldIds.DISABILITY, RegistrationUiText.FIELD_DISABILITY,
                DisabilityType.values());
        onlyChild = check(RegistrationFieldIds.ONLY_CHILD, RegistrationUiText.FIELD_ONLY_CHILD);
        preschool = check(RegistrationFieldIds.PRESCHOOL, RegistrationUiText.FIELD_PRESCHOOL);
        guardian1 = new GuardianFields(1);
        guardian2 = new GuardianFields(2);

        configureFields();
        add(section(RegistrationUiText.SECTION_ID, idType, idNumber),
                section(RegistrationUiText.SECTION_BASIC, name, sex, birthDate, ethnicity, nationality, birthPlace,
                        nativePlace),
                section(RegistrationUiText.SECTION_HOUSEHOLD, householdAddress, householdType, currentAddress),
                section(RegistrationUiText.SECTION_ENTRY, entryYearMonth, entryWay, studyMode),
                section(RegistrationUiText.SECTION_SPECIAL, leftBehind, disability, migrant, orphan, martyrChild,
                        inclusion, onlyChild, preschool),
                guardians());
    }

    private void configureFields() {
        birthDate.setId(RegistrationFieldIds.BIRTH_DATE);
        birthDate.setI18n(RegistrationSupport.datePickerI18n(locale));
        birthDate.setPlaceholder("yyyy-MM-dd");
        birthDate.setClearButtonVisible(true);
        errors.register(birthDate);

        ethnicity.setId(RegistrationFieldIds.ETHNICITY);
        ethnicity.setItems(Ethnicity.codes());
        ethnicity.setItemLabelGenerator(Ethnicity::name);
        errors.register(ethnicity);

        // the ID number comes first: it decides the 学籍号 and the duplicate check
        idNumber.setWidthFull();
        idNumber.setHelperText(t(RegistrationUiText.FIELD_ID_NUMBER_HELPER));
        idNumber.setValueChangeMode(ValueChangeMode.LAZY);
        idNumber.setValueChangeTimeout(ID_TYPING_PAUSE);
        idNumber.addValueChangeListener(e -> idNumberChanged());
        idType.addValueChangeListener(e -> idNumberChanged());
        name.addValueChangeListener(e -> fireCheck());
        sex.addValueChangeListener(e -> fireCheck());
        birthDate.addValueChangeListener(e -> fireCheck());

        nationality.setHelperText(t(RegistrationUiText.FIELD_NATIONALITY_HELPER));
        nationality.setPlaceholder(RegistrationForms.CHINA);
        entryYearMonth.setHelperText(t(RegistrationUiText.FIELD_ENTRY_YEAR_MONTH_HELPER));
        entryYearMonth.setPlaceholder("2026-09");
    }

    /** Runs when a field the duplicate check looks at changes. */
    void addCheckListener(Runnable listener) {
        checkListeners.add(listener);
    }

    private void fireCheck() {
        if (!filling) {
            checkListeners.forEach(Runnable::run);
        }
    }

    private void idNumberChanged() {
        CheckTrigger.idNumberProblem(idType.getValue(), idNumber.getValue()).ifPresentOrElse(problem -> {
            idNumber.setErrorMessage(problem.message(locale));
            idNumber.setInvalid(true);
        }, () -> {
            idNumber.setInvalid(false);
            idNumber.setErrorMessage("");
        });
        CheckTrigger.residentId(idType.getValue(), idNumber.getValue()).ifPresent(this::deriveFromId);
        fireCheck();
    }

    /** D1: birth date and sex follow from the ID number; fills them where still empty. */
    private void deriveFromId(ChineseIdNumber id) {
        if (birthDate.isEmpty()) {
            birthDate.setValue(id.birthDate());
        }
        if (sex.isEmpty()) {
            sex.setValue(id.sex());
        }
    }

    // ---- building the form ----

    private TextField text(String id, RegistrationUiText label, int maxLength) {
        TextField f = new TextField(t(label));
        f.setId(id);
        f.setMaxLength(maxLength);
        return errors.register(f);
    }

    private <T> Select<T> select(String id, RegistrationUiText label, T[] items, ItemLabelGenerator<T> labels) {
        Select<T> s = new Select<>();
        s.setId(id);
        s.setLabel(t(label));
        s.setItems(items);
        s.setItemLabelGenerator(v -> v == null ? "" : labels.apply(v));
        return errors.register(s);
    }

    private <T extends Enum<T> & CodedValue> Select<T> coded(String id, RegistrationUiText label, T[] items) {
        return select(id, label, items, CodedValue::label);
    }

    private Checkbox check(String id, RegistrationUiText label) {
        Checkbox c = new Checkbox(t(label));
        c.setId(id);
        return errors.register(c);
    }

    private static Component section(RegistrationUiText title, Component... components) {
        FormLayout form = twoColumns();
        form.add(components);
        Div wrapper = new Div(RegistrationSupport.sectionTitle(title), form);
        wrapper.setWidthFull();
        return wrapper;
    }

    static FormLayout twoColumns() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setWidthFull();
        return form;
    }

    private Component guardians() {
        Div wrapper = new Div(RegistrationSupport.sectionTitle(RegistrationUiText.SECTION_GUARDIANS),
                guardian1.layout(), guardian2.layout());
        wrapper.setWidthFull();
        return wrapper;
    }

    /** The four fields of one guardian slot. */
    private final class GuardianFields {
        private final int slot;
        private final TextField gName;
        private final TextField relation;
        private final TextField phone;
        private final TextField gIdNumber;

        GuardianFields(int slot) {
            this.slot = slot;
            gName = text(RegistrationFieldIds.guardian(slot, "name"), RegistrationUiText.GUARDIAN_NAME,
                    StudentValidator.NAME_MAX);
            relation = text(RegistrationFieldIds.guardian(slot, "relation"), RegistrationUiText.GUARDIAN_RELATION,
                    20);
            relation.setPlaceholder(t(RegistrationUiText.GUARDIAN_RELATION_PLACEHOLDER));
            phone = text(RegistrationFieldIds.guardian(slot, "phone"), RegistrationUiText.GUARDIAN_PHONE,
                    StudentValidator.PHONE_MAX);
            gIdNumber = text(RegistrationFieldIds.guardian(slot, "idNumber"), RegistrationUiText.GUARDIAN_ID_NUMBER,
                    30);
        }

        Component layout() {
            H4 h = new H4(t(RegistrationUiText.GUARDIAN_HEADING, slot));
            h.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
            FormLayout form = twoColumns();
            form.add(gName, relation, phone, gIdNumber);
            return new Div(h, form);
        }

        RegistrationFormValues.Guardian read() {
            return new RegistrationFormValues.Guardian(gName.getValue(), relation.getValue(), phone.getValue(),
                    gIdNumber.getValue());
        }

        void fill(RegistrationFormValues.Guardian g) {
            gName.setValue(g.name());
            relation.setValue(g.relation());
            phone.setValue(g.phone());
            gIdNumber.setValue(g.idNumber());
        }
    }

    // ---- values ----

    RegistrationFormValues read() {
        return new RegistrationFormValues(name.getValue(), sex.getValue(), birthDate.getValue(), idType.getValue(),
                idNumber.getValue(), ethnicity.getValue(), nationality.getValue(), birthPlace.getValue(),
                nativePlace.getValue(), householdAddress.getValue(), householdType.getValue(),
                currentAddress.getValue(), entryYearMonth.getValue(), entryWay.getValue(), studyMode.getValue(),
                leftBehind.getValue(), migrant.getValue(), orphan.getValue(), martyrChild.getValue(),
                inclusion.getValue(), disability.getValue(), onlyChild.getValue(), preschool.getValue(),
                guardian1.read(), guardian2.read());
    }

    void fill(RegistrationFormValues v) {
        filling = true;
        try {
            fillFields(v);
        } finally {
            filling = false;
        }
        fireCheck();
    }

    private void fillFields(RegistrationFormValues v) {
        name.setValue(v.name());
        sex.setValue(v.sex());
        birthDate.setValue(v.birthDate());
        idType.setValue(v.idType());
        idNumber.setValue(v.idNumber());
        ethnicity.setValue(v.ethnicityCode());
        nationality.setValue(v.nationality());
        birthPlace.setValue(v.birthPlace());
        nativePlace.setValue(v.nativePlace());
        householdAddress.setValue(v.householdAddress());
        householdType.setValue(v.householdType());
        currentAddress.setValue(v.currentAddress());
        entryYearMonth.setValue(v.entryYearMonth());
        entryWay.setValue(v.entryWay());
        studyMode.setValue(v.studyMode());
        leftBehind.setValue(v.leftBehind());
        migrant.setValue(v.migrant());
        orphan.setValue(v.orphan());
        martyrChild.setValue(v.martyrChild());
        inclusion.setValue(v.inclusion());
        disability.setValue(v.disability());
        onlyChild.setValue(v.onlyChild());
        preschool.setValue(v.preschool());
        guardian1.fill(v.guardian1());
        guardian2.fill(v.guardian2());
    }

    /** Puts the cursor in the first field (the ID number). */
    void focusFirst() {
        idNumber.focus();
    }
}
