package org.xueji.ui.enrollment.registration;

import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Objects;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.ui.shell.api.UiContext;

/**
 * 学籍登记表打印 (D3, R9): finds a student in the user's scope by 学籍号, ID number or name and
 * downloads the registration form as PDF, to be stamped with the school's seal. Other views
 * link here with {@code ?student=<id>} to preselect a student.
 */
public class PrintFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "enrollment/print";
    static final String STUDENT_PARAMETER = "student";
    /** Results shown at most; more means the search should be narrower. */
    static final int MAX_RESULTS = 50;

    private final transient Actor actor = UiContext.actor();
    private final transient StudentService students = UiContext.service(getClass(), StudentService.class);

    private final TextField query = new TextField(t(RegistrationUiText.PRINT_QUERY));
    private final Button search = new Button(t(RegistrationUiText.PRINT_SEARCH), VaadinIcon.SEARCH.create());
    private final Span count = new Span();
    private final Grid<StudentSummary> grid = new Grid<>();
    private final Div selected = new Div();
    private final Span selectedName = new Span();
    private final Anchor download = new Anchor();
    private final Span notAllowed = new Span(t(RegistrationUiText.PRINT_NOT_ALLOWED));
    /** The service treats printing personal data as an export (EXPORT_DATA, R4). */
    private final boolean mayPrint = actor.has(Permission.EXPORT_DATA);

    public PrintFormView() {
        setSizeFull();
        setPadding(true);

        H2 heading = new H2(t(RegistrationUiText.PRINT_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph hint = new Paragraph(t(RegistrationUiText.PRINT_HINT));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        query.setId("print-query");
        query.setPlaceholder(t(RegistrationUiText.PRINT_QUERY_PLACEHOLDER));
        query.setClearButtonVisible(true);
        query.setWidth("24em");
        search.setId("print-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> search());
        search.addClickShortcut(Key.ENTER).listenOn(query);
        count.setId("print-count");
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout bar = new HorizontalLayout(query, search, count);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        configureSelection();
        add(heading, hint, bar, selected, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.setId("print-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StudentSummary::registryNumber).setHeader(t(RegistrationUiText.COL_REGISTRY_NUMBER))
                .setAutoWidth(true);
        grid.addColumn(StudentSummary::name).setHeader(t(RegistrationUiText.COL_NAME)).setAutoWidth(true);
        grid.addColumn(s -> s.sex() == null ? "" : s.sex().label()).setHeader(t(RegistrationUiText.COL_SEX))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> RegistrationSupport.date(s.birthDate())).setHeader(t(RegistrationUiText.COL_BIRTH_DATE))
                .setAutoWidth(true);
        grid.addColumn(s -> Objects.toString(s.schoolName(), "")).setHeader(t(RegistrationUiText.COL_SCHOOL))
                .setAutoWidth(true);
        grid.addColumn(s -> Objects.toString(s.className(), "")).setHeader(t(RegistrationUiText.COL_CLASS))
                .setAutoWidth(true);
        grid.setEmptyStateText(t(RegistrationUiText.PRINT_EMPTY));
        grid.addSelectionListener(e -> e.getFirstSelectedItem()
                .ifPresent(s -> select(s.id(), s.name(), s.registryNumber())));
    }

    private void configureSelection() {
        selected.setId("print-selected");
        selected.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background-color", "var(--lumo-contrast-5pct)");
        selectedName.setId("print-selected-name");
        selectedName.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-l)");
        download.setId("print-download");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + t(RegistrationUiText.PRINT_DOWNLOAD)));
        notAllowed.setId("print-not-allowed");
        notAllowed.getStyle().set("color", "var(--lumo-secondary-text-color)");
        download.setVisible(mayPrint);
        notAllowed.setVisible(!mayPrint);
        selected.add(selectedName, download, notAllowed);
        selected.setVisible(false);
    }

    private void search() {
        StudentQuery q = PrintSearch.queryFor(query.getValue());
        if (q == null) {
            grid.setItems(List.of());
            count.setText("");
            query.focus();
            return;
        }
        List<StudentSummary> found;
        try {
            found = students.search(actor, q, 0, MAX_RESULTS);
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        grid.setItems(found);
        count.setText(found.size() >= MAX_RESULTS ? t(RegistrationUiText.PRINT_TOO_MANY, MAX_RESULTS)
                : t(RegistrationUiText.PRINT_COUNT, found.size()));
        if (found.size() == 1) {
            grid.select(found.get(0));
        }
    }

    private void select(long studentId, String name, String registryNumber) {
        selectedName.setText(t(RegistrationUiText.PRINT_SELECTED, Objects.toString(name, ""),
                Objects.toString(registryNumber, "")));
        if (mayPrint) {
            RegistrationFormPdf.point(download, studentId, registryNumber);
        }
        selected.setVisible(true);
    }

    /** {@code ?student=<id>}: preselects that student (if in the user's scope). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(STUDENT_PARAMETER, List.of());
        if (values.isEmpty()) {
            return;
        }
        String raw = values.get(0);
        long id;
        try {
            id = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            RegistrationSupport.showErrorText(t(RegistrationUiText.STUDENT_ID_INVALID, raw));
            return;
        }
        try {
            Student s = students.get(actor, id);
            query.setValue(Objects.toString(s.registryNumber(), ""));
            select(s.id(), s.data().name(), s.registryNumber());
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    @Override
    public String getPageTitle() {
        return RegistrationSupport.pageTitle(RegistrationUiText.PRINT_TITLE);
    }
}
