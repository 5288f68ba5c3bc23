package org.xueji.ui.registry;

import static org.xueji.ui.registry.ViewSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentValidator;
import org.xueji.ui.kit.student.FieldErrorDisplay;
import org.xueji.ui.kit.student.StudentFieldIds;
import org.xueji.ui.kit.student.StudentRecordConversion;
import org.xueji.ui.kit.student.StudentRecordForm;
import org.xueji.ui.shell.api.ModuleUnavailableException;
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

    /** Shows errors on the record's fields (which register with it on creation). */
    private final FieldErrorDisplay errors = new FieldErrorDisplay(StudentFieldIds.REGISTRY, null);

    private final H2 heading = new H2(t(RegistryUiText.STUDENT_DETAIL_TITLE));
    private final Span registryNumber = new Span();
    private final Span schoolName = new Span();
    private final Div notice = new Div();
    private final VerticalLayout content = new VerticalLayout();
    private final StudentRecordForm form = new StudentRecordForm(locale, errors, StudentRecordForm.Options.EDIT);

    /** R7: the values of past changes, from the registry (the audit trail names only the fields) */
    private final StudentHistoryPanel history = new StudentHistoryPanel(students, actor, locale);

    private final Button save = new Button(t(RegistryUiText.SAVE));
    private final Button cancel = new Button(t(RegistryUiText.CANCEL_CHANGES));

    private transient Student student;
    /** actions other modules contribute to the student page (e.g. print 学籍登记表, D3) */
    private final HorizontalLayout actions = new HorizontalLayout();
    private transient List<Integer> guardianSlots = List.of(1, 2);
    /** The classes of the record's school (the form offers those of the record's grade only, R3). */
    private transient List<SchoolClass> classes = List.of();
    /** Why the key fields are read-only: the 更正关键信息 action (a module's contribution) changes them. */
    private final Div keyFieldsHint = new Div();

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
        keyFieldsHint.setId("student-key-fields-hint");
        keyFieldsHint.setText(t(RegistryUiText.KEY_FIELDS_READ_ONLY));
        keyFieldsHint.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        content.add(header, keyFieldsHint, form, buttons(), history);
        content.setVisible(false);

        add(heading, notice, content);
    }

    private void configureFields() {
        save.setId("student-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("student-cancel");
        cancel.addClickListener(e -> discardChanges());
    }

    private static Component labelled(RegistryUiText label, Span value) {
        Span caption = new Span(t(label) + "：");
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        value.getStyle().set("font-weight", "600");
        return new Span(caption, value);
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
        errors.clear();
        registryNumber.setText(Objects.toString(s.registryNumber(), ""));
        heading.setText(t(RegistryUiText.STUDENT_DETAIL_TITLE) + "：" + Objects.toString(s.data().name(), ""));
        Long schoolId = s.data().schoolId();
        schoolName.setText(schoolName(schoolId));
        loadClasses(schoolId);
        form.fill(StudentRecordConversion.toForm(s.data()));
        form.showHomeTeaching(s.homeTeaching());
        history.reset(s.id());

        Integer graduated = graduatedYear(s.id());
        boolean editable = actor.has(Permission.EDIT_STUDENT) && graduated == null;
        errors.setReadOnly(!editable);
        // R3: key fields of an existing record change through a correction request (the 更正关键信息 action)
        form.lockKeyFields(gradeOf(s.data().classId()));
        keyFieldsHint.setVisible(editable);
        save.setVisible(editable);
        cancel.setVisible(editable);
        if (!editable) {
            // issue 15: a graduate's record (毕业) is read-only; the service refuses edits as well
            notice.setText(graduated != null ? RolloverUiText.GRADUATED_NOTICE.t(graduated + "—" + (graduated + 1))
                    : t(RegistryUiText.READ_ONLY_NOTICE));
            notice.getStyle().set("color", "var(--lumo-secondary-text-color)");
            notice.setVisible(true);
        }
    }

    /** The grade of the record's class among the classes the form offers, or null without a class. */
    private Integer gradeOf(Long classId) {
        if (classId == null) {
            return null;
        }
        return classes.stream().filter(c -> c.id() == classId).map(SchoolClass::gradeLevel).findFirst().orElse(null);
    }

    /** The school year the student graduated at the end of (issue 15), or null. */
    private Integer graduatedYear(long studentId) {
        try {
            return UiContext.service(getClass(), org.xueji.registry.api.RolloverService.class)
                    .standing(actor, studentId).graduatedYear();
        } catch (DomainException e) {
            return null;
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
        this.classes = classes;
        form.setClasses(classes);
    }

    private void save() {
        if (student == null) {
            return;
        }
        errors.clear();
        StudentRecordConversion.Prepared prepared =
                StudentRecordConversion.prepare(form.read(), student.data().schoolId(), LocalDate.now());
        guardianSlots = prepared.guardianSlots();
        if (!prepared.valid()) {
            errors.show(prepared.errors(), guardianSlots, locale);
            return;
        }
        try {
            students.update(actor, student.id(), student.version(), prepared.data());
        } catch (ValidationException e) {
            errors.show(e.errors(), guardianSlots, locale);
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

    @Override
    public String getPageTitle() {
        return ViewSupport.pageTitle(RegistryUiText.STUDENT_DETAIL_TITLE);
    }
}
