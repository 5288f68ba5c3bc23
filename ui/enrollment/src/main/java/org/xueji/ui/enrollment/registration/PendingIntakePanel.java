package org.xueji.ui.enrollment.registration;

import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.xueji.enrollment.api.intake.IntakeRegistrationService;
import org.xueji.enrollment.api.intake.PendingIntake;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.Grades;
import org.xueji.ui.shell.api.UiContext;

/**
 * 待注册的录取新生: children admitted by sunshine admission (or another source) to the registrar's
 * school, waiting for their registration; 填写注册 opens the registration form prefilled.
 */
final class PendingIntakePanel extends Div {

    private static final long serialVersionUID = 1L;

    static final String GRID = "reg-intake-grid";
    static final String OPEN_PREFIX = "reg-intake-open-";

    private final transient Actor actor;
    private final transient IntakeRegistrationService intakes;
    private final transient Consumer<PendingIntake> open;
    private final Grid<PendingIntake> grid = new Grid<>();

    PendingIntakePanel(Actor actor, IntakeRegistrationService intakes, Consumer<PendingIntake> open) {
        this.actor = actor;
        this.intakes = intakes;
        this.open = open;
        setWidthFull();
        setId("reg-intake");
        grid.setId(GRID);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> p.offer().reference()).setHeader(t(RegistrationUiText.INTAKE_REFERENCE)).setAutoWidth(true);
        grid.addColumn(p -> p.offer().name()).setHeader(t(RegistrationUiText.FIELD_NAME)).setAutoWidth(true);
        grid.addColumn(p -> Grades.name(p.offer().entryGrade())).setHeader(t(RegistrationUiText.FIELD_ENTRY_GRADE));
        grid.addColumn(p -> p.offer().migrant() ? t(RegistrationUiText.INTAKE_MIGRANT) : "")
                .setHeader(t(RegistrationUiText.INTAKE_MIGRANT));
        grid.addComponentColumn(p -> {
            Button b = new Button(t(RegistrationUiText.INTAKE_OPEN), e -> open.accept(p));
            b.setId(OPEN_PREFIX + p.offer().reference());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return b;
        });
        Paragraph intro = new Paragraph(t(RegistrationUiText.INTAKE_INTRO));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(RegistrationSupport.sectionTitle(RegistrationUiText.INTAKE_TITLE), intro, grid);
        refresh();
    }

    /** Reads the pending list again; the panel hides itself when there is nothing to register. */
    void refresh() {
        List<PendingIntake> pending;
        try {
            pending = intakes.pending(actor);
        } catch (DomainException e) {
            pending = List.of(); // e.g. no EDIT_STUDENT: the form refuses too; nothing to offer here
        }
        grid.setItems(pending);
        setVisible(!pending.isEmpty());
    }
}
