package org.xueji.ui.enrollment.registration;

import org.xueji.ui.kit.student.FieldErrorDisplay;
import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Objects;
import org.xueji.enrollment.api.RegistrationCheck;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.registry.api.SimilarStudent;
import org.xueji.ui.shell.api.Badges;

/**
 * What the live check found before saving (D1 一人一籍, R19): the kind of 学籍号 the student
 * will get, the school already holding the ID number (blocks saving), records that may be the
 * same person (saving needs a written justification), and the due date with lateness.
 */
final class CheckPanel extends Div {

    private static final long serialVersionUID = 1L;
    /** Longest justification kept with the record. */
    static final int JUSTIFICATION_MAX = 500;

    private final Span waiting = new Span(t(RegistrationUiText.CHECK_WAITING));
    private final Div summary = new Div();
    private final Span kind = new Span();
    private final Span due = new Span();
    private final Span late = Badges.error(t(RegistrationUiText.LATE_BADGE));
    private final Div blocked = new Div();
    private final Div similar = new Div();
    private final Grid<SimilarStudent> similarGrid = new Grid<>();
    /** R1: records of schools the user may not see are only counted, never shown */
    private final Span similarElsewhere = new Span();
    private final TextArea justification = new TextArea(t(RegistrationUiText.JUSTIFICATION));

    private transient RegistrationCheck shown;

    CheckPanel(FieldErrorDisplay errors) {
        setId("reg-check");
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background-color", "var(--lumo-contrast-5pct)").set("margin-top", "var(--lumo-space-m)");

        waiting.setId("reg-check-waiting");
        waiting.getStyle().set("color", "var(--lumo-secondary-text-color)");

        kind.setId("reg-check-kind");
        kind.getStyle().set("font-weight", "600");
        due.setId("reg-check-due");
        late.setId("reg-check-late");
        late.addClassName("late");
        summary.add(kind, new Span("　"), due, new Span(" "), late);

        blocked.setId("reg-check-blocked");
        blocked.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background-color", "var(--lumo-error-color-10pct)").set("font-weight", "600")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("margin-top", "var(--lumo-space-s)");

        configureSimilar(errors);
        add(waiting, summary, blocked, similar);
        showWaiting();
    }

    private void configureSimilar(FieldErrorDisplay errors) {
        similar.setId("reg-check-similar");
        similar.getStyle().set("background-color", "var(--lumo-warning-color-10pct, #fff3db)")
                .set("border-left", "4px solid var(--lumo-warning-color, #e8a200)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-top", "var(--lumo-space-s)");
        Span warning = new Span(VaadinIcon.WARNING.create(), new Span(" " + t(RegistrationUiText.CHECK_SIMILAR)));

        similarGrid.setId("reg-similar-grid");
        similarGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        similarGrid.setAllRowsVisible(true);
        similarGrid.addColumn(SimilarStudent::name).setHeader(t(RegistrationUiText.COL_NAME)).setAutoWidth(true);
        similarGrid.addColumn(s -> s.sex() == null ? "" : s.sex().label()).setHeader(t(RegistrationUiText.COL_SEX))
                .setAutoWidth(true).setFlexGrow(0);
        similarGrid.addColumn(s -> RegistrationSupport.date(s.birthDate()))
                .setHeader(t(RegistrationUiText.COL_BIRTH_DATE)).setAutoWidth(true);
        similarGrid.addColumn(s -> Objects.toString(s.schoolName(), "")).setHeader(t(RegistrationUiText.COL_SCHOOL))
                .setAutoWidth(true);
        similarGrid.addColumn(s -> Objects.toString(s.maskedRegistryNumber(), ""))
                .setHeader(t(RegistrationUiText.COL_REGISTRY_NUMBER)).setAutoWidth(true);
        similarGrid.addColumn(new ComponentRenderer<>(s -> s.sameSoundOnly()
                        ? Badges.contrast(t(RegistrationUiText.SAME_SOUND)) : new Span()))
                .setHeader(t(RegistrationUiText.COL_NOTE)).setAutoWidth(true).setFlexGrow(0);

        justification.setId(RegistrationFieldIds.JUSTIFICATION);
        justification.setRequiredIndicatorVisible(true);
        justification.setMaxLength(JUSTIFICATION_MAX);
        justification.setPlaceholder(t(RegistrationUiText.JUSTIFICATION_PLACEHOLDER));
        justification.setWidthFull();
        justification.setMinHeight("6em");
        errors.register(justification);

        similarElsewhere.setId("reg-similar-elsewhere");
        similarElsewhere.getStyle().set("display", "block").set("margin", "var(--lumo-space-s) 0");
        similar.add(warning, similarGrid, similarElsewhere, justification);
    }

    /** Nothing to check yet: says what is needed. */
    void showWaiting() {
        shown = null;
        waiting.setText(t(RegistrationUiText.CHECK_WAITING));
        waiting.setVisible(true);
        summary.setVisible(false);
        blocked.setVisible(false);
        similar.setVisible(false);
    }

    /** The check could not be made (the service said why). */
    void showFailure(String message) {
        showWaiting();
        waiting.setText(t(RegistrationUiText.CHECK_FAILED, message));
    }

    void show(RegistrationCheck check) {
        shown = check;
        waiting.setVisible(false);
        summary.setVisible(true);
        kind.setText(t(RegistrationUiText.CHECK_KIND, t(kindText(check.registryNumberKind()))));
        kind.setVisible(check.registryNumberKind() != null);
        due.setText(check.dueDate() == null ? ""
                : t(RegistrationUiText.CHECK_DUE, RegistrationSupport.date(check.dueDate())));
        late.setVisible(check.late());
        late.getElement().setAttribute("title", t(RegistrationUiText.CHECK_LATE));

        blocked.setVisible(check.blocked());
        blocked.setText(!check.blocked() ? "" : check.heldElsewhere() ? t(RegistrationUiText.CHECK_BLOCKED_ELSEWHERE)
                : t(RegistrationUiText.CHECK_BLOCKED, check.idNumberHeldBy()));

        List<SimilarStudent> students = check.similarStudents().stream().filter(s -> !s.withheld()).toList();
        long elsewhere = check.similarStudents().size() - students.size();
        similar.setVisible(check.needsJustification() && !check.blocked());
        similarGrid.setItems(students);
        similarGrid.setVisible(!students.isEmpty());
        similarElsewhere.setText(elsewhere == 0 ? "" : t(RegistrationUiText.CHECK_SIMILAR_ELSEWHERE, elsewhere));
        similarElsewhere.setVisible(elsewhere > 0);
    }

    /** The shown check, or {@code null} while none applies. */
    RegistrationCheck shown() {
        return shown;
    }

    /** Whether a justification is asked for and none was written. */
    boolean justificationMissing() {
        return shown != null && shown.needsJustification() && justification.getValue().isBlank();
    }

    /** The justification to send: only when the check asked for one. */
    String justificationText() {
        return shown != null && shown.needsJustification() && !justification.getValue().isBlank()
                ? justification.getValue().strip() : null;
    }

    void clearJustification() {
        justification.clear();
    }

    void focusJustification() {
        justification.focus();
    }

    static RegistrationUiText kindText(StudentRegistryNumber.Kind kind) {
        if (kind == null) {
            return RegistrationUiText.KIND_UNKNOWN;
        }
        return switch (kind) {
            case G -> RegistrationUiText.KIND_G;
            case J -> RegistrationUiText.KIND_J;
            case L -> RegistrationUiText.KIND_L;
        };
    }
}
