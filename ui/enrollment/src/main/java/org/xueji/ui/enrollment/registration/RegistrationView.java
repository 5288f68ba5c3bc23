package org.xueji.ui.enrollment.registration;

import org.xueji.ui.kit.student.StudentRecordValues;
import org.xueji.ui.kit.student.StudentRecordForm;
import org.xueji.ui.kit.student.StudentRecordConversion;
import org.xueji.ui.kit.student.FieldErrorDisplay;
import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.NewRegistration;
import org.xueji.enrollment.api.RegistrationCheck;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.enrollment.api.intake.IntakeRegistrationService;
import org.xueji.enrollment.api.intake.PendingIntake;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.Student;
import org.xueji.ui.shell.api.UiContext;

/**
 * 新生注册: registers a new student (R19) with the national record fields. While the form is
 * filled in, the service checks 一人一籍 (D1): an ID number held by another school blocks the
 * registration; a possible duplicate without ID needs a written justification; a registration
 * after the due date is flagged late. Field rules are checked before anything is sent; the
 * service checks everything again.
 */
public class RegistrationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "enrollment/register";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient RegistrationService registrations =
            UiContext.service(getClass(), RegistrationService.class);
    private final transient SchoolService schools = UiContext.service(getClass(), SchoolService.class);
    private final transient IntakeRegistrationService intakes =
            UiContext.service(getClass(), IntakeRegistrationService.class);

    private final FieldErrorDisplay errors =
            new FieldErrorDisplay(RegistrationFieldIds.IDS, t(RegistrationUiText.FIX_ERRORS));
    private final PlacementFields placement = new PlacementFields(actor, schools, errors);
    private final StudentRecordForm record = new StudentRecordForm(locale, errors, StudentRecordForm.Options.REGISTER);
    private final CheckPanel checkPanel = new CheckPanel(errors);
    private final Button save = new Button(t(RegistrationUiText.SAVE));
    private final RegistrationResultPanel result = new RegistrationResultPanel(actor, this::continueWithNext);
    private final Div formArea = new Div();
    private final PendingIntakePanel pendingPanel = new PendingIntakePanel(actor, intakes, this::openIntake);
    private final Div completingBanner = new Div();
    private final Paragraph completingText = new Paragraph();

    /** The admitted child whose pending registration the form completes, or {@code null}. */
    private transient PendingIntake completing;
    /** R18: the 人在籍不在 finding whose child is being registered (opened from the check), or null. */
    private transient FindingRegistration fromFinding;
    private final Paragraph findingBanner = new Paragraph();

    /** What the shown check looked at; the check runs again only when this changes. */
    private String checkedKey;
    private transient List<Integer> guardianSlots = List.of(1, 2);

    public RegistrationView() {
        setPadding(true);
        setWidthFull();
        setMaxWidth("1100px");

        H2 heading = new H2(t(RegistrationUiText.REGISTER_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(RegistrationUiText.REGISTER_INTRO));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        save.setId(RegistrationFieldIds.SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.getStyle().set("margin-top", "var(--lumo-space-l)");

        Button cancelIntake = new Button(t(RegistrationUiText.INTAKE_CANCEL), e -> leaveIntake());
        cancelIntake.setId("reg-intake-cancel");
        cancelIntake.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        completingBanner.setId("reg-intake-completing");
        completingBanner.add(completingText, cancelIntake);
        completingBanner.setVisible(false);

        formArea.setWidthFull();
        findingBanner.setId("reg-finding-banner");
        findingBanner.setVisible(false);
        formArea.add(completingBanner, findingBanner, placement, record, checkPanel, save);
        add(heading, intro, pendingPanel, result, formArea);

        if (!placement.hasSchools()) {
            formArea.setVisible(false);
            Paragraph none = new Paragraph(t(RegistrationUiText.NO_SCHOOL));
            none.setId("reg-no-school");
            none.getStyle().set("color", "var(--lumo-error-text-color)");
            addComponentAtIndex(2, none);
        }
        record.fill(RegistrationForms.newForm(entryMonth()));
        placement.addChangeListener(() -> runCheck(false));
        record.addCheckListener(() -> runCheck(false));
    }

    /** New students enter in September of the current school year. */
    private YearMonth entryMonth() {
        try {
            return YearMonth.of(registrations.currentSchoolYear(), 9);
        } catch (RuntimeException e) {
            return YearMonth.of(LocalDate.now().getYear(), 9);
        }
    }

    // ---- the live check ----

    /**
     * Asks the service what saving would do, when the form has enough for it and that changed
     * since the last check ({@code force}: ask again anyway, e.g. after a refused save).
     */
    private void runCheck(boolean force) {
        StudentRecordValues values = record.read();
        Optional<String> key = CheckTrigger.keyOf(values, placement.schoolId(), placement.entryGrade());
        if (key.isEmpty()) {
            checkedKey = null;
            checkPanel.showWaiting();
            updateSave();
            return;
        }
        if (!force && key.get().equals(checkedKey)) {
            return;
        }
        checkedKey = key.get();
        try {
            RegistrationCheck check = registrations.check(actor,
                    RegistrationForms.probe(values, placement.schoolId(), placement.classId()),
                    placement.entryGrade());
            checkPanel.show(check);
        } catch (DomainException e) {
            checkPanel.showFailure(e.message(locale));
        }
        updateSave();
    }

    /** An ID number held by another school blocks saving (D1); the service refuses it too. */
    private void updateSave() {
        RegistrationCheck check = checkPanel.shown();
        save.setEnabled(check == null || !check.blocked());
    }

    // ---- saving ----

    private void save() {
        errors.clear();
        StudentRecordConversion.Prepared prepared = RegistrationForms.prepare(record.read(), placement.schoolId(),
                placement.classId(), placement.entryGrade(), LocalDate.now());
        guardianSlots = prepared.guardianSlots();
        runCheck(false);
        RegistrationCheck check = checkPanel.shown();
        if (check != null && check.blocked()) {
            return;
        }
        List<FieldError> problems = new ArrayList<>(prepared.errors());
        if (checkPanel.justificationMissing()) {
            problems.add(new FieldError("duplicateJustification", RegistrationUiText.JUSTIFICATION_REQUIRED));
        }
        if (!problems.isEmpty()) {
            errors.show(problems, guardianSlots, locale);
            return;
        }
        Student student;
        try {
            NewRegistration registration = new NewRegistration(prepared.data(), placement.entryGrade(),
                    checkPanel.justificationText());
            student = completing == null ? registrations.register(actor, registration)
                    : intakes.complete(actor, completing.offer().source(), completing.offer().reference(),
                    registration);
        } catch (ValidationException e) {
            errors.show(e.errors(), guardianSlots, locale);
            runCheck(true);
            return;
        } catch (DomainException e) {
            refused(e);
            return;
        }
        showResult(student);
        if (fromFinding != null) {
            long finding = fromFinding.id();
            if (fromFinding.settle(actor, student)) {
                UiContext.showSuccess(t(RegistrationUiText.FINDING_SETTLED, finding));
            } else {
                com.vaadin.flow.component.notification.Notification.show(
                        t(RegistrationUiText.FINDING_NOT_SETTLED, finding), 8000,
                        com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
            }
            leaveFinding();
        }
    }

    // ---- R18: registering the child of a 人在籍不在 finding ----

    /** {@code ?finding=ID}: the form filled in from the roster, at the finding's school and starting grade. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(FindingRegistration.PARAMETER, List.of());
        if (values.isEmpty() || !formArea.isVisible()) {
            return;
        }
        try {
            FindingRegistration.open(actor, values.get(0)).ifPresent(this::openFinding);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private void openFinding(FindingRegistration f) {
        fromFinding = f;
        findingBanner.setText(t(RegistrationUiText.FINDING_BANNER, f.id()));
        findingBanner.setVisible(true);
        record.fill(f.prefill(RegistrationForms.newForm(entryMonth())));
        placement.fix(f.schoolId(), f.gradeLevel());
        runCheck(false);
    }

    private void leaveFinding() {
        fromFinding = null;
        findingBanner.setVisible(false);
        placement.fix(null, null);
    }

    /**
     * The service refused: the situation may have changed since the last check (another school
     * registered the ID meanwhile), so the check is made again.
     */
    private void refused(DomainException e) {
        runCheck(true);
        if (e.messageKey() == EnrollmentMessages.DUPLICATE_JUSTIFICATION_REQUIRED) {
            errors.show(List.of(new FieldError("duplicateJustification", e.messageKey(), e.args())), guardianSlots,
                    locale);
            checkPanel.focusJustification();
        } else {
            UiContext.showError(e);
        }
    }

    private void showResult(Student student) {
        if (completing != null) {
            leaveIntake();
            pendingPanel.refresh();
        }
        formArea.setVisible(false);
        result.show(student);
        UiContext.showSuccess(t(RegistrationUiText.REGISTERED, student.registryNumber()));
    }

    /** 继续登记: an empty form for the next student, in the same school, grade and class. */
    private void continueWithNext() {
        result.setVisible(false);
        errors.clear();
        checkPanel.clearJustification();
        checkedKey = null;
        record.fill(RegistrationForms.newForm(entryMonth()));
        formArea.setVisible(true);
        record.focusFirst();
    }

    // ---- pending registrations of admitted children ----

    /** 填写注册: the form filled in from the application, at the admitting school and grade. */
    private void openIntake(PendingIntake p) {
        completing = p;
        result.setVisible(false);
        errors.clear();
        checkPanel.clearJustification();
        checkedKey = null;
        record.fill(StudentRecordConversion.toForm(p.prefill()));
        placement.fix(p.offer().schoolId(), p.offer().entryGrade());
        completingText.setText(t(RegistrationUiText.INTAKE_COMPLETING, p.offer().reference()));
        completingBanner.setVisible(true);
        formArea.setVisible(true);
        runCheck(false);
        record.focusFirst();
    }

    /** Back to registering any student (the pending one stays in the list). */
    private void leaveIntake() {
        if (completing == null) {
            return;
        }
        completing = null;
        completingBanner.setVisible(false);
        placement.fix(null, null);
        errors.clear();
        checkedKey = null;
        record.fill(RegistrationForms.newForm(entryMonth()));
    }

    @Override
    public String getPageTitle() {
        return RegistrationSupport.pageTitle(RegistrationUiText.REGISTER_TITLE);
    }
}
