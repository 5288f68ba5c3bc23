package org.xueji.ui.enrollment.registration;

import org.xueji.ui.kit.student.StudentRecordForm;
import org.xueji.ui.kit.student.FieldErrorDisplay;
import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;

/**
 * Where the new student goes: the school (fixed to a school user's own school, chosen by
 * district users), the entry grade (1 or 7) and optionally a class of that grade.
 */
final class PlacementFields extends Div {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient SchoolService schools;
    private final transient List<Runnable> changeListeners = new ArrayList<>();

    private final Select<School> school = new Select<>();
    private final Select<Integer> entryGrade = new Select<>();
    private final ComboBox<SchoolClass> schoolClass = new ComboBox<>(t(RegistrationUiText.FIELD_CLASS));

    PlacementFields(Actor actor, SchoolService schools, FieldErrorDisplay errors) {
        this.actor = actor;
        this.schools = schools;
        setWidthFull();

        school.setId(RegistrationFieldIds.SCHOOL);
        school.setLabel(t(RegistrationUiText.FIELD_SCHOOL));
        school.setItemLabelGenerator(s -> s == null ? "" : s.name());
        school.setPlaceholder(t(RegistrationUiText.FIELD_SCHOOL_PLACEHOLDER));
        errors.register(school);

        entryGrade.setId(RegistrationFieldIds.ENTRY_GRADE);
        entryGrade.setLabel(t(RegistrationUiText.FIELD_ENTRY_GRADE));
        entryGrade.setItemLabelGenerator(g -> g == null ? "" : Grades.name(g));
        errors.register(entryGrade);

        schoolClass.setId(RegistrationFieldIds.CLASS);
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        schoolClass.setClearButtonVisible(true);
        schoolClass.setPlaceholder(t(RegistrationUiText.FIELD_CLASS_PLACEHOLDER));
        errors.register(schoolClass);

        List<School> choices = loadSchools();
        school.setItems(choices);
        if (!actor.isDistrictWide()) {
            // a school user registers for their own school only (R1)
            school.setReadOnly(true);
        }
        if (choices.size() == 1) {
            school.setValue(choices.get(0));
        }
        schoolChanged();
        school.addValueChangeListener(e -> {
            schoolChanged();
            fireChange();
        });
        entryGrade.addValueChangeListener(e -> {
            refreshClasses();
            fireChange();
        });

        FormLayout form = StudentRecordForm.twoColumns();
        form.add(school, entryGrade, schoolClass);
        add(RegistrationSupport.sectionTitle(RegistrationUiText.SECTION_PLACEMENT), form);
    }

    /** Runs when school or entry grade change (they decide the due date of the check). */
    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void fireChange() {
        changeListeners.forEach(Runnable::run);
    }

    /** Whether there is any school to register for. */
    boolean hasSchools() {
        return school.getListDataView().getItemCount() > 0;
    }

    Long schoolId() {
        School s = school.getValue();
        return s == null ? null : s.id();
    }

    Integer entryGrade() {
        return entryGrade.getValue();
    }

    Long classId() {
        SchoolClass c = schoolClass.getValue();
        return c == null ? null : c.id();
    }

    /**
     * Fixes school and entry grade (a pending registration of an admitted child goes to the
     * admitting school and its starting grade); {@code null} frees them again.
     */
    void fix(Long schoolId, Integer grade) {
        if (schoolId != null) {
            school.getListDataView().getItems().filter(s -> s.id() == schoolId).findFirst()
                    .ifPresent(school::setValue);
            entryGrade.setValue(grade);
        }
        school.setReadOnly(schoolId != null || !actor.isDistrictWide());
        entryGrade.setReadOnly(schoolId != null);
    }

    private List<School> loadSchools() {
        try {
            if (!actor.isDistrictWide()) {
                return List.of(schools.getSchool(actor, actor.schoolId()));
            }
            return schools.listSchools(actor).stream().filter(s -> EntryGrades.registers(s.type()))
                    .sorted(Comparator.comparing(School::name, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        } catch (DomainException e) {
            UiContext.showError(e);
            return List.of();
        }
    }

    private void schoolChanged() {
        School s = school.getValue();
        Integer chosen = entryGrade.getValue();
        List<Integer> grades = EntryGrades.offered(s == null ? null : s.type());
        entryGrade.setItems(grades);
        entryGrade.setValue(chosen != null && grades.contains(chosen) ? chosen
                : EntryGrades.defaultFor(s == null ? null : s.type()));
        refreshClasses();
    }

    /** The classes of the chosen school in the entry grade; keeps the chosen class if still listed. */
    private void refreshClasses() {
        School s = school.getValue();
        Integer grade = entryGrade.getValue();
        SchoolClass chosen = schoolClass.getValue();
        List<SchoolClass> classes = List.of();
        if (s != null && grade != null) {
            try {
                classes = schools.listClasses(actor, s.id()).stream().filter(c -> c.gradeLevel() == grade)
                        .sorted(Comparator.comparingInt(SchoolClass::classNumber)).toList();
            } catch (DomainException e) {
                UiContext.showError(e);
            }
        }
        schoolClass.setItems(classes);
        schoolClass.setEnabled(!classes.isEmpty());
        schoolClass.setValue(chosen != null && classes.contains(chosen) ? chosen : null);
    }
}
