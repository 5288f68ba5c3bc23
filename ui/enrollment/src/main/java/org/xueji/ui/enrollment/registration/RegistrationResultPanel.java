package org.xueji.ui.enrollment.registration;

import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Objects;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.Student;
import org.xueji.ui.shell.api.Badges;

/**
 * After a registration: the new 学籍号, the registration form to print (D3), the record in the
 * registry, and the way back to an empty form for the next student.
 */
final class RegistrationResultPanel extends Div {

    private static final long serialVersionUID = 1L;

    /** The registry's student page ({@code StudentDetailView.ROUTE} is {@code students/:studentId}). */
    static final String STUDENT_ROUTE = "students/";

    private final Span message = new Span();
    private final Span number = new Span();
    private final Span late = Badges.error(t(RegistrationUiText.LATE_BADGE));
    private final Anchor print = new Anchor();
    private final Button viewStudent = new Button(t(RegistrationUiText.VIEW_STUDENT), VaadinIcon.USER_CARD.create());
    private final Button continueButton = new Button(t(RegistrationUiText.CONTINUE), VaadinIcon.PLUS.create());
    private final transient Actor actor;
    private long studentId;

    RegistrationResultPanel(Actor actor, Runnable onContinue) {
        this.actor = actor;
        setId("reg-result");
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-l)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background-color", "var(--lumo-success-color-10pct)");

        H3 heading = new H3(t(RegistrationUiText.RESULT_HEADING));
        heading.getStyle().set("margin", "0");
        message.setId("reg-result-message");
        number.setId("reg-result-number");
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600")
                .set("font-family", "monospace");
        late.setId("reg-result-late");
        Paragraph numberLine = new Paragraph(new Span(t(RegistrationUiText.RESULT_NUMBER) + "："), number,
                new Span(" "), late);

        print.setId("reg-print");
        print.add(VaadinIcon.PRINT.create(), new Span(" " + t(RegistrationUiText.PRINT_FORM)));
        viewStudent.setId("reg-view-student");
        viewStudent.addClickListener(e -> UI.getCurrent().navigate(STUDENT_ROUTE + studentId));
        continueButton.setId("reg-continue");
        continueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        continueButton.addClickListener(e -> onContinue.run());

        HorizontalLayout actions = new HorizontalLayout(print, viewStudent, continueButton);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(heading, new Paragraph(message), numberLine, actions);
        setVisible(false);
    }

    void show(Student student) {
        studentId = student.id();
        String registryNumber = Objects.toString(student.registryNumber(), "");
        message.setText(t(RegistrationUiText.RESULT_TEXT, Objects.toString(student.data().name(), "")));
        number.setText(registryNumber);
        late.setVisible(student.registration() != null && student.registration().late());
        // the service treats printing personal data as an export (EXPORT_DATA, R4)
        boolean mayPrint = actor.has(Permission.EXPORT_DATA);
        print.setVisible(mayPrint);
        if (mayPrint) {
            RegistrationFormPdf.point(print, student.id(), registryNumber);
        }
        viewStudent.setVisible(actor.has(Permission.VIEW_STUDENT));
        setVisible(true);
        continueButton.focus();
    }
}
