package org.xueji.ui.dropout;

import static org.xueji.ui.dropout.RiskView.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.xueji.dropout.api.AttendanceResult;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.DropoutService;
import org.xueji.dropout.api.risk.GradesResult;
import org.xueji.dropout.api.risk.RiskService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ContentKind;
import org.xueji.ui.shell.kit.Notify;
import org.xueji.ui.shell.kit.UploadField;
import org.xueji.ui.shell.kit.UploadRules;

/**
 * 考勤与成绩导入 (issue 10 items 2 and 7): a class's monthly attendance sheet (the attendance feed
 * and the early warning's absences) and its term grades. The file's kind is judged by content
 * (UploadField), the rows by the services; a refused file lists every row's problem.
 */
public class RiskImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout/risk-imports";
    private static final UploadRules SHEETS = UploadRules.of(5L * 1024 * 1024, ContentKind.XLSX, ContentKind.XLS,
            ContentKind.CSV);

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final Select<School> school = new Select<>();
    private final Select<SchoolClass> schoolClass = new Select<>();
    private final Div errors = new Div();
    private transient UploadField.Received attendanceFile;
    private transient UploadField.Received gradesFile;

    public RiskImportView() {
        if (!actor.has(Permission.RECORD_DROPOUT)) {
            return;
        }
        H2 heading = new H2(t(RiskUiText.IMPORTS_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(RiskUiText.IMPORTS_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        List<School> schools = SchoolsInScope.of(getClass(), actor);
        school.setId("risk-import-school");
        school.setLabel(t(RiskUiText.SCHOOL));
        school.setItems(schools);
        school.setItemLabelGenerator(s -> s.code() + " " + s.name());
        school.setVisible(actor.schoolId() == null);
        school.addValueChangeListener(e -> loadClasses());
        schoolClass.setId("risk-import-class");
        schoolClass.setLabel(t(RiskUiText.CLASS));
        schoolClass.setItemLabelGenerator(c -> Grades.className(c.gradeLevel(), c.classNumber()));
        errors.setId("risk-import-errors");
        errors.getStyle().set("color", "var(--lumo-error-text-color)");
        add(heading, intro, school, schoolClass, attendance(), grades(), errors);
        if (actor.schoolId() != null) {
            loadClasses();
        } else if (!schools.isEmpty()) {
            school.setValue(schools.get(0));
        }
    }

    private void loadClasses() {
        Long id = actor.schoolId() != null ? actor.schoolId() : school.getValue() == null ? null : school.getValue().id();
        if (id == null) {
            return;
        }
        try {
            List<SchoolClass> classes = UiContext.service(getClass(), SchoolService.class).listClasses(actor, id)
                    .stream().filter(c -> !actor.isClassScoped() || actor.classIds().contains(c.id())).toList();
            schoolClass.setItems(classes);
            if (!classes.isEmpty()) {
                schoolClass.setValue(classes.get(0));
            }
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private Component attendance() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(t(RiskUiText.ATTENDANCE_TITLE)), hint(RiskUiText.ATTENDANCE_HINT));
        TextField month = new TextField(t(RiskUiText.MONTH));
        month.setId("risk-attendance-month");
        month.setValue(YearMonth.from(DropoutSupport.today(getClass())).minusMonths(1).toString());
        UploadField upload = new UploadField("risk-attendance-file", t(RiskUiText.ATTENDANCE_FILE), SHEETS,
                f -> attendanceFile = f);
        Button run = new Button(t(RiskUiText.ATTENDANCE_IMPORT), e -> {
            UploadField.Received f = attendanceFile;
            SchoolClass c = schoolClass.getValue();
            if (f == null || c == null) {
                Notify.errorText(t(RiskUiText.FILE_REQUIRED));
                return;
            }
            YearMonth m;
            try {
                m = YearMonth.parse(month.getValue().strip());
            } catch (DateTimeParseException ex) {
                showErrors(new ValidationException(List.of(new FieldError("month", DropoutMessages.MONTH_IN_FUTURE,
                        month.getValue()))));
                return;
            }
            run(() -> {
                AttendanceResult r = UiContext.service(getClass(), DropoutService.class).importAttendance(actor, c.id(),
                        m, f.fileName(), new ByteArrayInputStream(f.content()));
                return t(RiskUiText.ATTENDANCE_DONE, r.rows(), r.threshold(), r.flagged().size(), r.opened());
            });
            attendanceFile = null;
            upload.clear();
        });
        run.setId("risk-attendance-import");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(month, upload, run);
        box.add(form);
        return box;
    }

    private Component grades() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(t(RiskUiText.GRADES_TITLE)), hint(RiskUiText.GRADES_HINT));
        LocalDate today = DropoutSupport.today(getClass());
        IntegerField year = new IntegerField(t(RiskUiText.SCHOOL_YEAR));
        year.setId("risk-grades-year");
        year.setValue(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
        Select<Integer> term = new Select<>();
        term.setId("risk-grades-term");
        term.setLabel(t(RiskUiText.TERM));
        term.setItems(1, 2);
        term.setValue(today.getMonthValue() >= 9 || today.getMonthValue() == 1 ? 1 : 2);
        UploadField upload = new UploadField("risk-grades-file", t(RiskUiText.GRADES_FILE), SHEETS,
                f -> gradesFile = f);
        Button run = new Button(t(RiskUiText.GRADES_IMPORT), e -> {
            UploadField.Received f = gradesFile;
            SchoolClass c = schoolClass.getValue();
            if (f == null || c == null) {
                Notify.errorText(t(RiskUiText.FILE_REQUIRED));
                return;
            }
            int y = year.getValue() == null ? 0 : year.getValue();
            int n = term.getValue() == null ? 0 : term.getValue();
            run(() -> {
                GradesResult r = UiContext.service(getClass(), RiskService.class).importGrades(actor, c.id(), y, n,
                        f.fileName(), new ByteArrayInputStream(f.content()));
                return t(RiskUiText.GRADES_DONE, r.rows(), r.failing());
            });
            gradesFile = null;
            upload.clear();
        });
        run.setId("risk-grades-import");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new FormLayout(year, term, upload, run));
        return box;
    }

    private static Paragraph hint(RiskUiText key) {
        Paragraph p = new Paragraph(t(key));
        p.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        return p;
    }

    private void run(java.util.function.Supplier<String> call) {
        errors.removeAll();
        try {
            UiContext.showSuccess(call.get());
        } catch (ValidationException e) {
            showErrors(e);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    /** Every row's problem, in the user's language. */
    private void showErrors(ValidationException e) {
        errors.removeAll();
        errors.add(new Paragraph(t(RiskUiText.ERRORS)));
        for (FieldError f : e.errors()) {
            Div line = new Div(f.message(locale));
            line.addClassName("risk-import-error");
            errors.add(line);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DropoutSupport.requireView(actor, event);
    }

    @Override
    public String getPageTitle() {
        Locale l = UiContext.locale();
        return DropoutUiText.PAGE_TITLE.format(l, RiskUiText.IMPORTS_TITLE.format(l));
    }
}
