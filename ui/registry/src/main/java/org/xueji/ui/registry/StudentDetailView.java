package org.xueji.ui.registry;

import static org.xueji.ui.registry.ViewSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Ethnicity;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.StudyMode;
import org.xueji.ui.shell.api.ShellExtensions;
import org.xueji.ui.shell.api.StudentActionContribution;
import org.xueji.ui.shell.api.UiContext;

/**
 * 学生学籍信息: the record of one student as an edit form in the sections of the national
 * collection form. Field rules are checked with {@link StudentValidator} before anything is
 * sent; errors (also those the service reports) are shown on their fields. The school is
 * read-only: changing it is a transfer.
 */
public class StudentDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "students/:studentId";
    static final String PARAMETER = "studentId";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient StudentService students = UiContext.service(getClass(), StudentService.class);
    private final transient SchoolService schools = UiContext.service(getClass(), SchoolService.class);

    /** Every field by element id, for showing errors (declared first: fields register on creation). */
    private final Map<String, Component> fields = new LinkedHashMap<>();

    private final H2 heading = new H2(t(RegistryUiText.STUDENT_DETAIL_TITLE));
    private final Span registryNumber = new Span();
    private final Span schoolName = new Span();
    private final Div notice = new Div();
    private final VerticalLayout content = new VerticalLayout();

    private final TextField name = text(FieldIds.NAME, RegistryUiText.FIELD_NAME, StudentValidator.NAME_MAX);
    private final Select<Sex> sex = select(FieldIds.SEX, RegistryUiText.FIELD_SEX, Sex.values(), Sex::label);
    private final DatePicker birthDate = new DatePicker(t(RegistryUiText.FIELD_BIRTH_DATE));
    private final Select<IdDocumentType> idType =
            coded(FieldIds.ID_TYPE, RegistryUiText.FIELD_ID_TYPE, IdDocumentType.values());
    private final TextField idNumber = text(FieldIds.ID_NUMBER, RegistryUiText.FIELD_ID_NUMBER, 30);
    private final ComboBox<String> ethnicity = new ComboBox<>(t(RegistryUiText.FIELD_ETHNICITY));
    private final TextField nationality = text(FieldIds.NATIONALITY, RegistryUiText.FIELD_NATIONALITY, 3);
    private final TextField birthPlace =
            text(FieldIds.BIRTH_PLACE, RegistryUiText.FIELD_BIRTH_PLACE, StudentValidator.PLACE_MAX);
    private final TextField nativePlace =
            text(FieldIds.NATIVE_PLACE, RegistryUiText.FIELD_NATIVE_PLACE, StudentValidator.PLACE_MAX);
    private final TextField householdAddress = text(FieldIds.HOUSEHOLD_ADDRESS,
            RegistryUiText.FIELD_HOUSEHOLD_ADDRESS, StudentValidator.ADDRESS_MAX);
    private final Select<HouseholdType> householdType =
            coded(FieldIds.HOUSEHOLD_TYPE, RegistryUiText.FIELD_HOUSEHOLD_TYPE, HouseholdType.values());
    private final TextField currentAddress = text(FieldIds.CURRENT_ADDRESS,
            RegistryUiText.FIELD_CURRENT_ADDRESS, StudentValidator.ADDRESS_MAX);
    private final TextField entryYearMonth =
            text(FieldIds.ENTRY_YEAR_MONTH, RegistryUiText.FIELD_ENTRY_YEAR_MONTH, 20);
    private final Select<EntryWay> entryWay =
            coded(FieldIds.ENTRY_WAY, RegistryUiText.FIELD_ENTRY_WAY, EntryWay.values());
    private final Select<StudyMode> studyMode =
            coded(FieldIds.STUDY_MODE, RegistryUiText.FIELD_STUDY_MODE, StudyMode.values());
    private final ComboBox<SchoolClass> schoolClass = new ComboBox<>(t(RegistryUiText.FIELD_CLASS));
    private final Select<LeftBehindStatus> leftBehind =
            coded(FieldIds.LEFT_BEHIND, RegistryUiText.FIELD_LEFT_BEHIND, LeftBehindStatus.values());
    private final Checkbox migrant = check(FieldIds.MIGRANT, RegistryUiText.FIELD_MIGRANT);
    private final Checkbox orphan = check(FieldIds.ORPHAN, RegistryUiText.FIELD_ORPHAN);
    private final Checkbox martyrChild = check(FieldIds.MARTYR_CHILD, RegistryUiText.FIELD_MARTYR_CHILD);
    private final Checkbox inclusion = check(FieldIds.INCLUSION, RegistryUiText.FIELD_INCLUSION);
    private final Select<DisabilityType> disability =
            coded(FieldIds.DISABILITY, RegistryUiText.FIELD_DISABILITY, DisabilityType.values());
    private final Checkbox onlyChild = check(FieldIds.ONLY_CHILD, RegistryUiText.FIELD_ONLY_CHILD);
    private final Checkbox preschool = check(FieldIds.PRESCHOOL, RegistryUiText.FIELD_PRESCHOOL);
    private final GuardianFields guardian1 = new GuardianFields(1);
    private final GuardianFields guardian2 = new GuardianFields(2);

    private final Button save = new Button(t(RegistryUiText.SAVE));
    private final Button cancel = new Button(t(RegistryUiText.CANCEL_CHANGES));

    private transient Student student;
    /** actions other modules contribute to the student page (e.g. print 学籍登记表, D3) */
    private final HorizontalLayout actions = new HorizontalLayout();
    private transient List<Integer> guardianSlots = List.of(1, 2);

    public StudentDetailView() {
        setPadding(true);
        setWidthFull();
        setMaxWidth("1100px");

        heading.getStyle().set("margin", "0");
        registryNumber.setId("student-registry-number");
        schoolName.setId("student-school");
        Span schoolHint = new Span(t(RegistryUiText.DETAIL_SCHOOL_HINT));
        schoolHint.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout header = new HorizontalLayout(
                labelled(RegistryUiText.DETAIL_REGISTRY_NUMBER, registryNumber),
                labelled(RegistryUiText.DETAIL_SCHOOL, schoolName), schoolHint);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.getStyle().set("flex-wrap", "wrap");
        notice.setId("student-notice");
        notice.setVisible(false);

        configureFields();
        content.setPadding(false);
        content.add(header,
                section(RegistryUiText.SECTION_BASIC, name, sex, birthDate, ethnicity, nationality, birthPlace,
                        nativePlace),
                section(RegistryUiText.SECTION_ID, idType, idNumber),
                section(RegistryUiText.SECTION_HOUSEHOLD, householdAddress, householdType, currentAddress),
                section(RegistryUiText.SECTION_ENTRY, entryYearMonth, entryWay, studyMode, schoolClass),
                section(RegistryUiText.SECTION_SPECIAL, leftBehind, disability, migrant, orphan, martyrChild,
                        inclusion, onlyChild, preschool),
                guardians(),
                buttons());
        content.setVisible(false);

        add(heading, notice, content);
    }

    private void configureFields() {
        birthDate.setId(FieldIds.BIRTH_DATE);
        birthDate.setI18n(ViewSupport.datePickerI18n(locale));
        birthDate.setPlaceholder("yyyy-MM-dd");
        birthDate.setClearButtonVisible(true);
        register(birthDate);

        ethnicity.setId(FieldIds.ETHNICITY);
        ethnicity.setItems(Ethnicity.codes());
        ethnicity.setItemLabelGenerator(Ethnicity::name);
        register(ethnicity);

        nationality.setHelperText(t(RegistryUiText.FIELD_NATIONALITY_HELPER));
        nationality.setPlaceholder("CHN");
        idNumber.setWidthFull();
        entryYearMonth.setHelperText(t(RegistryUiText.FIELD_ENTRY_YEAR_MONTH_HELPER));
        entryYearMonth.setPlaceholder("2026-09");

        schoolClass.setId(FieldIds.CLASS);
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        schoolClass.setClearButtonVisible(true);
        register(schoolClass);

        save.setId("student-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("student-cancel");
        cancel.addClickListener(e -> discardChanges());
    }

    // ---- building the form ----

    private TextField text(String id, RegistryUiText label, int maxLength) {
        TextField f = new TextField(t(label));
        f.setId(id);
        f.setMaxLength(maxLength);
        f.setClearButtonVisible(false);
        register(f);
        return f;
    }

    private <T> Select<T> select(String id, RegistryUiText label, T[] items,
                                 com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        Select<T> s = new Select<>();
        s.setId(id);
        s.setLabel(t(label));
        s.setItems(items);
        s.setItemLabelGenerator(v -> v == null ? "" : labels.apply(v));
        register(s);
        return s;
    }

    private <T extends Enum<T> & CodedValue> Select<T> coded(String id, RegistryUiText label, T[] items) {
        return select(id, label, items, CodedValue::label);
    }

    private Checkbox check(String id, RegistryUiText label) {
        Checkbox c = new Checkbox(t(label));
        c.setId(id);
        register(c);
        return c;
    }

    private void register(Component field) {
        field.getId().ifPresent(id -> fields.put(id, field));
    }

    private static Component labelled(RegistryUiText label, Span value) {
        Span caption = new Span(t(label) + "：");
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        value.getStyle().set("font-weight", "600");
        return new Span(caption, value);
    }

    private static Component section(RegistryUiText title, Component... components) {
        H3 h = new H3(t(title));
        h.getStyle().set("margin", "var(--lumo-space-m) 0 0 0").set("font-size", "var(--lumo-font-size-l)");
        FormLayout form = twoColumns();
        form.add(components);
        Div wrapper = new Div(h, form);
        wrapper.setWidthFull();
        return wrapper;
    }

    private static FormLayout twoColumns() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
        form.setWidthFull();
        return form;
    }

    private Component guardians() {
        H3 h = new H3(t(RegistryUiText.SECTION_GUARDIANS));
        h.getStyle().set("margin", "var(--lumo-space-m) 0 0 0").set("font-size", "var(--lumo-font-size-l)");
        Div wrapper = new Div(h, guardian1.layout(), guardian2.layout());
        wrapper.setWidthFull();
        return wrapper;
    }

    private Component buttons() {
        RouterLink back = new RouterLink();
        back.setText(t(RegistryUiText.BACK));
        back.setId("student-back");
        back.getElement().setAttribute("href", backHref());
        actions.setId("student-actions");
        actions.setPadding(false);
        HorizontalLayout bar = new HorizontalLayout(save, cancel, back, actions);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("margin-top", "var(--lumo-space-l)");
        return bar;
    }

    /** The registry names no other module: the actions come from the shell's whiteboard. */
    private void showActions(long studentId) {
        actions.removeAll();
        for (StudentActionContribution action : ShellExtensions.studentActions(UiContext.actor())) {
            Anchor link = new Anchor(action.href(studentId), action.label(UiContext.locale()));
            link.setId(action.id());
            actions.add(link);
        }
    }

    private static String backHref() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getAttribute(StudentSearchView.LAST_SEARCH);
        return last instanceof String s && s.startsWith(StudentSearchView.ROUTE) ? s : StudentSearchView.ROUTE;
    }

    /** The four fields of one guardian slot. */
    private final class GuardianFields {
        private final int slot;
        private final TextField name;
        private final TextField relation;
        private final TextField phone;
        private final TextField idNumber;

        GuardianFields(int slot) {
            this.slot = slot;
            name = text(FieldIds.guardian(slot, "name"), RegistryUiText.GUARDIAN_NAME, StudentValidator.NAME_MAX);
            relation = text(FieldIds.guardian(slot, "relation"), RegistryUiText.GUARDIAN_RELATION, 20);
            relation.setPlaceholder(t(RegistryUiText.GUARDIAN_RELATION_PLACEHOLDER));
            phone = text(FieldIds.guardian(slot, "phone"), RegistryUiText.GUARDIAN_PHONE, StudentValidator.PHONE_MAX);
            idNumber = text(FieldIds.guardian(slot, "idNumber"), RegistryUiText.GUARDIAN_ID_NUMBER, 30);
        }

        Component layout() {
            H4 h = new H4(t(RegistryUiText.GUARDIAN_HEADING, slot));
            h.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
            FormLayout form = twoColumns();
            form.add(name, relation, phone, idNumber);
            return new Div(h, form);
        }

        StudentFormValues.Guardian read() {
            return new StudentFormValues.Guardian(name.getValue(), relation.getValue(), phone.getValue(),
                    idNumber.getValue());
        }

        void fill(StudentFormValues.Guardian g) {
            name.setValue(g.name());
            relation.setValue(g.relation());
            phone.setValue(g.phone());
            idNumber.setValue(g.idNumber());
        }
    }

    // ---- loading and saving ----

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(PARAMETER).orElse("");
        long id;
        try {
            id = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            showNotice(t(RegistryUiText.STUDENT_ID_INVALID, raw));
            return;
        }
        load(id);
    }

    private void load(long id) {
        Student s;
        try {
            s = students.get(actor, id);
        } catch (DomainException e) {
            showNotice(e.message(locale));
            return;
        }
        show(s);
    }

    private void showNotice(String message) {
        student = null;
        content.setVisible(false);
        notice.setText(message);
        notice.setVisible(true);
        notice.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void show(Student s) {
        student = s;
        showActions(s.id());
        notice.setVisible(false);
        content.setVisible(true);
        clearErrors();
        registryNumber.setText(Objects.toString(s.registryNumber(), ""));
        heading.setText(t(RegistryUiText.STUDENT_DETAIL_TITLE) + "：" + Objects.toString(s.data().name(), ""));
        Long schoolId = s.data().schoolId();
        schoolName.setText(schoolName(schoolId));
        loadClasses(schoolId);
        fill(StudentForms.toForm(s.data()));

        boolean editable = actor.has(Permission.EDIT_STUDENT);
        fields.values().forEach(f -> {
            if (f instanceof HasValue<?, ?> v) {
                v.setReadOnly(!editable);
            }
        });
        save.setVisible(editable);
        cancel.setVisible(editable);
        if (!editable) {
            notice.setText(t(RegistryUiText.READ_ONLY_NOTICE));
            notice.getStyle().set("color", "var(--lumo-secondary-text-color)");
            notice.setVisible(true);
        }
    }

    private String schoolName(Long schoolId) {
        if (schoolId == null) {
            return "";
        }
        try {
            School school = schools.getSchool(actor, schoolId);
            return school.name();
        } catch (DomainException e) {
            return String.valueOf(schoolId);
        }
    }

    private void loadClasses(Long schoolId) {
        List<SchoolClass> classes = List.of();
        if (schoolId != null) {
            try {
                classes = schools.listClasses(actor, schoolId);
            } catch (DomainException e) {
                UiContext.showError(e);
            }
        }
        schoolClass.setItems(classes);
    }

    private void fill(StudentFormValues v) {
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
        schoolClass.setValue(v.classId() == null ? null
                : schoolClass.getListDataView().getItems().filter(c -> c.id() == v.classId()).findFirst()
                        .orElse(null));
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

    private StudentFormValues read() {
        SchoolClass c = schoolClass.getValue();
        return new StudentFormValues(name.getValue(), sex.getValue(), birthDate.getValue(), idType.getValue(),
                idNumber.getValue(), ethnicity.getValue(), nationality.getValue(), birthPlace.getValue(),
                nativePlace.getValue(), householdAddress.getValue(), householdType.getValue(),
                currentAddress.getValue(), entryYearMonth.getValue(), entryWay.getValue(), studyMode.getValue(),
                c == null ? null : c.id(), leftBehind.getValue(), migrant.getValue(), orphan.getValue(),
                martyrChild.getValue(), inclusion.getValue(), disability.getValue(), onlyChild.getValue(),
                preschool.getValue(), guardian1.read(), guardian2.read());
    }

    private void save() {
        if (student == null) {
            return;
        }
        clearErrors();
        StudentForms.Prepared prepared =
                StudentForms.prepare(read(), student.data().schoolId(), LocalDate.now());
        guardianSlots = prepared.guardianSlots();
        if (!prepared.valid()) {
            showErrors(prepared.errors());
            return;
        }
        try {
            students.update(actor, student.id(), student.version(), prepared.data());
        } catch (ValidationException e) {
            showErrors(e.errors());
            return;
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        UiContext.showSuccess(t(RegistryUiText.SAVED));
        load(student.id());
    }

    private void discardChanges() {
        if (student != null) {
            load(student.id());
        }
    }

    /** Shows each error on its field; errors of fields not on the form go to a notification. */
    private void showErrors(List<FieldError> errors) {
        Map<Component, List<String>> byField = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (FieldError error : errors) {
            String message = error.message(locale);
            Component field = fields.get(FieldIds.forField(error.field(), guardianSlots));
            if (field instanceof HasValidation) {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
            } else {
                RegistryUiText label = FieldIds.labelOf(error.field());
                other.add(label == null ? message : t(RegistryUiText.FIELD_ERROR, t(label), message));
            }
        }
        byField.forEach((field, messages) -> {
            HasValidation v = (HasValidation) field;
            v.setErrorMessage(String.join("；", messages));
            v.setInvalid(true);
        });
        if (!other.isEmpty()) {
            ViewSupport.showErrorText(String.join("；", other));
        }
        byField.keySet().stream().findFirst().ifPresent(f -> {
            if (f instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    private void clearErrors() {
        fields.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage("");
            }
        });
    }

    @Override
    public String getPageTitle() {
        return ViewSupport.pageTitle(RegistryUiText.STUDENT_DETAIL_TITLE);
    }
}
