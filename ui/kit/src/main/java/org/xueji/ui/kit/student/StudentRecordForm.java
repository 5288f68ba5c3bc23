package org.xueji.ui.kit.student;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.InvalidIdentityException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Ethnicity;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.StudyMode;
import org.xueji.ui.kit.student.StudentFieldIds.Field;
import org.xueji.ui.shell.kit.DatePickers;

/**
 * The national record fields of one student (学生学籍信息) in the sections of the national
 * collection form, with element ids from {@link StudentFieldIds}. Every field registers with
 * the page's {@link FieldErrorDisplay}. {@link Options#EDIT} is the registry's student page
 * (basic information first, the class in the entry section); {@link Options#REGISTER} is a
 * new student's registration (the ID document first; a valid resident ID number fills in birth
 * date and sex when still empty, D1, and a refused one shows on the field while typing).
 */
public class StudentRecordForm extends Div {

    private static final long serialVersionUID = 1L;
    /** ID numbers this long are complete: a problem found now is worth showing while typing. */
    private static final int FULL_ID_LENGTH = 18;

    /**
     * How the form is laid out.
     *
     * @param idSectionFirst     the ID document section before the basic information
     * @param withClassField     a class field in the entry section ({@link #setClasses})
     * @param checkIdWhileTyping check a resident ID number after a pause in typing and derive
     *                           birth date and sex from it
     */
    public record Options(boolean idSectionFirst, boolean withClassField, boolean checkIdWhileTyping) {
        public static final Options EDIT = new Options(false, true, false);
        public static final Options REGISTER = new Options(true, false, true);
    }

    /** Pause in typing after which the ID number is looked at (ms). */
    private static final int ID_TYPING_PAUSE = 400;

    private final transient Locale locale;
    private final StudentFieldIds ids;
    private final FieldErrorDisplay errors;
    private final transient List<Runnable> checkListeners = new ArrayList<>();
    /** Set while the whole form is filled: one check afterwards, not one per field. */
    private boolean filling;

    private final TextField name;
    private final Select<Sex> sex;
    private final DatePicker birthDate;
    private final Select<IdDocumentType> idType;
    private final TextField idNumber;
    private final ComboBox<String> ethnicity;
    private final TextField nationality;
    private final TextField birthPlace;
    private final TextField nativePlace;
    private final TextField householdAddress;
    private final Select<HouseholdType> householdType;
    private final TextField currentAddress;
    private final TextField entryYearMonth;
    private final Select<EntryWay> entryWay;
    private final Select<StudyMode> studyMode;
    private final ComboBox<SchoolClass> schoolClass;
    private final Select<LeftBehindStatus> leftBehind;
    private final Checkbox migrant;
    private final Checkbox orphan;
    private final Checkbox martyrChild;
    private final Checkbox inclusion;
    /** 送教上门, read-only: only a special-needs placement sets it; hidden until {@link #showHomeTeaching}. */
    private final Checkbox homeTeaching;
    private final Select<DisabilityType> disability;
    private final Checkbox onlyChild;
    private final Checkbox preschool;
    private final GuardianFields guardian1;
    private final GuardianFields guardian2;

    public StudentRecordForm(Locale locale, FieldErrorDisplay errors, Options options) {
        this.locale = locale;
        this.errors = errors;
        this.ids = errors.ids();
        setWidthFull();

        name = text(Field.NAME, StudentFormText.FIELD_NAME, StudentValidator.NAME_MAX);
        sex = select(Field.SEX, StudentFormText.FIELD_SEX, Sex.values(), Sex::label);
        birthDate = errors.register(DatePickers.create(ids.id(Field.BIRTH_DATE),
                t(StudentFormText.FIELD_BIRTH_DATE)));
        idType = coded(Field.ID_TYPE, StudentFormText.FIELD_ID_TYPE, IdDocumentType.values());
        idNumber = text(Field.ID_NUMBER, StudentFormText.FIELD_ID_NUMBER, 30);
        ethnicity = new ComboBox<>(t(StudentFormText.FIELD_ETHNICITY));
        ethnicity.setId(ids.id(Field.ETHNICITY));
        ethnicity.setItems(Ethnicity.codes());
        ethnicity.setItemLabelGenerator(Ethnicity::name);
        errors.register(ethnicity);
        nationality = text(Field.NATIONALITY, StudentFormText.FIELD_NATIONALITY, 3);
        birthPlace = text(Field.BIRTH_PLACE, StudentFormText.FIELD_BIRTH_PLACE, StudentValidator.PLACE_MAX);
        nativePlace = text(Field.NATIVE_PLACE, StudentFormText.FIELD_NATIVE_PLACE, StudentValidator.PLACE_MAX);
        householdAddress = text(Field.HOUSEHOLD_ADDRESS, StudentFormText.FIELD_HOUSEHOLD_ADDRESS,
                StudentValidator.ADDRESS_MAX);
        householdType = coded(Field.HOUSEHOLD_TYPE, StudentFormText.FIELD_HOUSEHOLD_TYPE, HouseholdType.values());
        currentAddress = text(Field.CURRENT_ADDRESS, StudentFormText.FIELD_CURRENT_ADDRESS,
                StudentValidator.ADDRESS_MAX);
        entryYearMonth = text(Field.ENTRY_YEAR_MONTH, StudentFormText.FIELD_ENTRY_YEAR_MONTH, 20);
        entryWay = coded(Field.ENTRY_WAY, StudentFormText.FIELD_ENTRY_WAY, EntryWay.values());
        studyMode = coded(Field.STUDY_MODE, StudentFormText.FIELD_STUDY_MODE, StudyMode.values());
        schoolClass = options.withClassField() ? classField() : null;
        leftBehind = coded(Field.LEFT_BEHIND, StudentFormText.FIELD_LEFT_BEHIND, LeftBehindStatus.values());
        migrant = check(Field.MIGRANT, StudentFormText.FIELD_MIGRANT);
        orphan = check(Field.ORPHAN, StudentFormText.FIELD_ORPHAN);
        martyrChild = check(Field.MARTYR_CHILD, StudentFormText.FIELD_MARTYR_CHILD);
        inclusion = check(Field.INCLUSION, StudentFormText.FIELD_INCLUSION);
        homeTeaching = new Checkbox(t(StudentFormText.FIELD_HOME_TEACHING));
        homeTeaching.setId(ids.id(Field.HOME_TEACHING));
        homeTeaching.setReadOnly(true); // not registered with the error display, so it never becomes editable
        homeTeaching.setHelperText(t(StudentFormText.FIELD_HOME_TEACHING_HELPER));
        homeTeaching.setVisible(false);
        disability = coded(Field.DISABILITY, StudentFormText.FIELD_DISABILITY, DisabilityType.values());
        onlyChild = check(Field.ONLY_CHILD, StudentFormText.FIELD_ONLY_CHILD);
        preschool = check(Field.PRESCHOOL, StudentFormText.FIELD_PRESCHOOL);
        guardian1 = new GuardianFields(1);
        guardian2 = new GuardianFields(2);

        idNumber.setWidthFull();
        nationality.setHelperText(t(StudentFormText.FIELD_NATIONALITY_HELPER));
        nationality.setPlaceholder(StudentRecordConversion.CHINA);
        entryYearMonth.setHelperText(t(StudentFormText.FIELD_ENTRY_YEAR_MONTH_HELPER));
        entryYearMonth.setPlaceholder("2026-09");
        if (options.checkIdWhileTyping()) {
            checkIdWhileTyping();
        }

        Component basic = section(StudentFormText.SECTION_BASIC, name, sex, birthDate, ethnicity, nationality,
                birthPlace, nativePlace);
        Component id = section(StudentFormText.SECTION_ID, idType, idNumber);
        if (options.idSectionFirst()) {
            add(id, basic);
        } else {
            add(basic, id);
        }
        add(section(StudentFormText.SECTION_HOUSEHOLD, householdAddress, householdType, currentAddress),
                schoolClass == null ? section(StudentFormText.SECTION_ENTRY, entryYearMonth, entryWay, studyMode)
                        : section(StudentFormText.SECTION_ENTRY, entryYearMonth, entryWay, studyMode, schoolClass),
                section(StudentFormText.SECTION_SPECIAL, leftBehind, disability, migrant, orphan, martyrChild,
                        inclusion, homeTeaching, onlyChild, preschool),
                guardians());
    }

    private ComboBox<SchoolClass> classField() {
        ComboBox<SchoolClass> c = new ComboBox<>(t(StudentFormText.FIELD_CLASS));
        c.setId(ids.id(Field.CLASS));
        c.setItemLabelGenerator(SchoolClass::name);
        c.setClearButtonVisible(true);
        return errors.register(c);
    }

    private void checkIdWhileTyping() {
        idNumber.setHelperText(t(StudentFormText.FIELD_ID_NUMBER_HELPER));
        idNumber.setValueChangeMode(ValueChangeMode.LAZY);
        idNumber.setValueChangeTimeout(ID_TYPING_PAUSE);
        idNumber.addValueChangeListener(e -> idNumberChanged());
        idType.addValueChangeListener(e -> idNumberChanged());
        name.addValueChangeListener(e -> fireCheck());
        sex.addValueChangeListener(e -> fireCheck());
        birthDate.addValueChangeListener(e -> fireCheck());
    }

    /** Runs when a field a duplicate check looks at changes (ID, name, sex, birth date). */
    public void addCheckListener(Runnable listener) {
        checkListeners.add(listener);
    }

    private void fireCheck() {
        if (!filling) {
            checkListeners.forEach(Runnable::run);
        }
    }

    private void idNumberChanged() {
        String text = idNumber.getValue() == null ? "" : idNumber.getValue().strip();
        boolean problemShown = false;
        if (idType.getValue() == IdDocumentType.RESIDENT_ID && !text.isEmpty()) {
            try {
                deriveFromId(ChineseIdNumber.parse(text));
            } catch (InvalidIdentityException problem) {
                // a complete-looking number that is refused shows why at once; a shorter one is still being typed
                if (text.codePointCount(0, text.length()) >= FULL_ID_LENGTH) {
                    idNumber.setErrorMessage(problem.message(locale));
                    idNumber.setInvalid(true);
                    problemShown = true;
                }
            }
        }
        if (!problemShown) {
            idNumber.setInvalid(false);
            idNumber.setErrorMessage("");
        }
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

    private String t(StudentFormText key, Object... args) {
        return key.format(locale, args);
    }

    private TextField text(Field field, StudentFormText label, int maxLength) {
        TextField f = new TextField(t(label));
        f.setId(ids.id(field));
        f.setMaxLength(maxLength);
        return errors.register(f);
    }

    private TextField guardianText(int slot, String part, StudentFormText label, int maxLength) {
        TextField f = new TextField(t(label));
        f.setId(ids.guardian(slot, part));
        f.setMaxLength(maxLength);
        return errors.register(f);
    }

    private <T> Select<T> select(Field field, StudentFormText label, T[] items, ItemLabelGenerator<T> labels) {
        Select<T> s = new Select<>();
        s.setId(ids.id(field));
        s.setLabel(t(label));
        s.setItems(items);
        s.setItemLabelGenerator(v -> v == null ? "" : labels.apply(v));
        return errors.register(s);
    }

    private <T extends Enum<T> & CodedValue> Select<T> coded(Field field, StudentFormText label, T[] items) {
        return select(field, label, items, CodedValue::label);
    }

    private Checkbox check(Field field, StudentFormText label) {
        Checkbox c = new Checkbox(t(label));
        c.setId(ids.id(field));
        return errors.register(c);
    }

    /** A section heading of a student form (also for a page's own sections, e.g. placement). */
    public static H3 sectionTitle(String title) {
        H3 h = new H3(title);
        h.getStyle().set("margin", "var(--lumo-space-m) 0 0 0").set("font-size", "var(--lumo-font-size-l)");
        return h;
    }

    /** The form's two-column layout (one column below 600px), for a page's own fields. */
    public static FormLayout twoColumns() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setWidthFull();
        return form;
    }

    private Component section(StudentFormText title, Component... components) {
        FormLayout form = twoColumns();
        form.add(components);
        Div wrapper = new Div(sectionTitle(t(title)), form);
        wrapper.setWidthFull();
        return wrapper;
    }

    private Component guardians() {
        Div wrapper = new Div(sectionTitle(t(StudentFormText.SECTION_GUARDIANS)), guardian1.layout(),
                guardian2.layout());
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
            gName = guardianText(slot, "name", StudentFormText.GUARDIAN_NAME, StudentValidator.NAME_MAX);
            relation = guardianText(slot, "relation", StudentFormText.GUARDIAN_RELATION, 20);
            relation.setPlaceholder(t(StudentFormText.GUARDIAN_RELATION_PLACEHOLDER));
            phone = guardianText(slot, "phone", StudentFormText.GUARDIAN_PHONE, StudentValidator.PHONE_MAX);
            gIdNumber = guardianText(slot, "idNumber", StudentFormText.GUARDIAN_ID_NUMBER, 30);
        }

        Component layout() {
            H4 h = new H4(t(StudentFormText.GUARDIAN_HEADING, slot));
            h.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
            FormLayout form = twoColumns();
            form.add(gName, relation, phone, gIdNumber);
            return new Div(h, form);
        }

        StudentRecordValues.Guardian read() {
            return new StudentRecordValues.Guardian(gName.getValue(), relation.getValue(), phone.getValue(),
                    gIdNumber.getValue());
        }

        void fill(StudentRecordValues.Guardian g) {
            gName.setValue(g.name());
            relation.setValue(g.relation());
            phone.setValue(g.phone());
            gIdNumber.setValue(g.idNumber());
        }
    }

    // ---- values ----

    /** The classes the class field offers (a form with {@link Options#withClassField}). */
    public void setClasses(List<SchoolClass> classes) {
        if (schoolClass != null) {
            schoolClass.setItems(classes);
        }
    }

    /**
     * R3: on an existing record the key fields (姓名, 性别, 出生日期, 身份证件类型/号, 民族) change only through a
     * key-field correction request, and the class only within the record's grade (the registry's service
     * refuses anything else with {@code KEY_FIELD_NEEDS_CORRECTION}); a new registration never calls this.
     * Call after {@link #setClasses}, {@link #fill} and the page's read-only state (which would unlock them).
     *
     * @param gradeLevel the record's grade, or {@code null} when it has no class (no class is then offered)
     */
    public void lockKeyFields(Integer gradeLevel) {
        List<com.vaadin.flow.component.HasValue<?, ?>> keyFields = List.of(name, sex, birthDate, idType, idNumber,
                ethnicity);
        keyFields.forEach(f -> f.setReadOnly(true));
        if (schoolClass != null) {
            List<SchoolClass> sameGrade = schoolClass.getListDataView().getItems()
                    .filter(c -> gradeLevel != null && c.gradeLevel() == gradeLevel).toList();
            SchoolClass current = schoolClass.getValue();
            schoolClass.setItems(sameGrade);
            schoolClass.setValue(current != null && sameGrade.contains(current) ? current : null);
        }
    }

    /** The values as the user left them (class {@code null} without a class field). */
    public StudentRecordValues read() {
        SchoolClass c = schoolClass == null ? null : schoolClass.getValue();
        return new StudentRecordValues(name.getValue(), sex.getValue(), birthDate.getValue(), idType.getValue(),
                idNumber.getValue(), ethnicity.getValue(), nationality.getValue(), birthPlace.getValue(),
                nativePlace.getValue(), householdAddress.getValue(), householdType.getValue(),
                currentAddress.getValue(), entryYearMonth.getValue(), entryWay.getValue(), studyMode.getValue(),
                c == null ? null : c.id(), leftBehind.getValue(), migrant.getValue(), orphan.getValue(),
                martyrChild.getValue(), inclusion.getValue(), disability.getValue(), onlyChild.getValue(),
                preschool.getValue(), guardian1.read(), guardian2.read());
    }

    /** Shows {@code v}; check listeners run once afterwards. */
    public void fill(StudentRecordValues v) {
        filling = true;
        try {
            fillFields(v);
        } finally {
            filling = false;
        }
        fireCheck();
    }

    private void fillFields(StudentRecordValues v) {
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
        if (schoolClass != null) {
            schoolClass.setValue(v.classId() == null ? null
                    : schoolClass.getListDataView().getItems().filter(c -> c.id() == v.classId()).findFirst()
                            .orElse(null));
        }
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

    /**
     * Shows the record's 送教上门 flag ({@code Student.homeTeaching()}) beside 随班就读, read-only:
     * it is not part of {@link #read()}, only a special-needs placement decision changes it.
     */
    public void showHomeTeaching(boolean value) {
        homeTeaching.setValue(value);
        homeTeaching.setVisible(true);
    }

    /** Puts the cursor in the ID number (registration) or the name. */
    public void focusFirst() {
        idNumber.focus();
    }
}
