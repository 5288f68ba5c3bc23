package org.xueji.ui.enrollment.registration;

import org.xueji.ui.shell.kit.DatePickers;
import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.xueji.enrollment.api.RegistrationDeadline;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.Grades;
import org.xueji.ui.shell.api.UiContext;

/**
 * The due dates of a school year (R19: grade 1 by 30 September, grade 7 by 31 October unless
 * the district sets others). District users who manage schools change them here; everyone
 * else sees them.
 */
final class DeadlineEditor extends Div {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> GRADES = List.of(1, 7);

    private final transient Actor actor;
    private final transient RegistrationService registrations;
    private final transient Consumer<RegistrationDeadline> onSaved;
    private final boolean editable;
    private final Map<Integer, DatePicker> dates;
    private int schoolYear;

    DeadlineEditor(Actor actor, RegistrationService registrations, Locale locale,
                   Consumer<RegistrationDeadline> onSaved) {
        this.actor = actor;
        this.registrations = registrations;
        this.onSaved = onSaved;
        this.editable = actor.isDistrictWide() && actor.has(Permission.MANAGE_SCHOOL);
        setId("deadline-editor");

        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        dates = Map.of(1, picker(1, locale), 7, picker(7, locale));
        for (int grade : GRADES) {
            row.add(dates.get(grade));
            if (editable) {
                Button save = new Button(t(RegistrationUiText.DEADLINE_SAVE), e -> save(grade));
                save.setId("deadline-save-" + grade);
                row.add(save);
            }
        }
        Paragraph standard = new Paragraph(t(RegistrationUiText.DEADLINE_STANDARD));
        standard.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        add(RegistrationSupport.sectionTitle(RegistrationUiText.DEADLINES_HEADING), row, standard);
    }

    private DatePicker picker(int grade, Locale locale) {
        DatePicker picker = new DatePicker(t(RegistrationUiText.DEADLINE_LABEL, Grades.name(grade)));
        picker.setId("deadline-date-" + grade);
        picker.setI18n(DatePickers.i18n(locale));
        picker.setReadOnly(!editable);
        return picker;
    }

    /** Shows the deadlines of a school year; grades without one show the notice's date. */
    void show(int year, List<RegistrationDeadline> deadlines) {
        schoolYear = year;
        for (int grade : GRADES) {
            LocalDate due = deadlines.stream().filter(d -> d.gradeLevel() == grade).findFirst()
                    .orElseGet(() -> RegistrationDeadline.standard(year, grade)).dueDate();
            DatePicker picker = dates.get(grade);
            picker.setValue(due);
            picker.setInvalid(false);
        }
    }

    private void save(int grade) {
        DatePicker picker = dates.get(grade);
        if (picker.getValue() == null) {
            picker.setErrorMessage(t(RegistrationUiText.DEADLINE_REQUIRED));
            picker.setInvalid(true);
            return;
        }
        picker.setInvalid(false);
        try {
            RegistrationDeadline saved = registrations.saveDeadline(actor,
                    new RegistrationDeadline(schoolYear, grade, picker.getValue()));
            picker.setValue(saved.dueDate());
            UiContext.showSuccess(t(RegistrationUiText.DEADLINE_SAVED, Grades.name(grade),
                    RegistrationSupport.date(saved.dueDate())));
            onSaved.accept(saved);
        } catch (ValidationException e) {
            // e.g. a date outside the school year: said on the date itself
            picker.setErrorMessage(e.errors().stream().map(f -> f.message(UiContext.locale()))
                    .collect(Collectors.joining("；")));
            picker.setInvalid(true);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }
}
