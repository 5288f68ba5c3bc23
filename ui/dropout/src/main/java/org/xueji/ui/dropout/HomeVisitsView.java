package org.xueji.ui.dropout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.xueji.dropout.api.homevisit.ContactKind;
import org.xueji.dropout.api.homevisit.HomeVisit;
import org.xueji.dropout.api.homevisit.HomeVisitService;
import org.xueji.dropout.api.homevisit.NewHomeVisit;
import org.xueji.dropout.api.homevisit.PriorityGroup;
import org.xueji.dropout.api.homevisit.VisitDue;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.School;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.Badges;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DatePickers;

/**
 * 重点儿童家访 (R28): the priority children in the user's scope with their standing (overdue in
 * red), and the phone-sized form to record a visit, parent meeting or phone call for the chosen
 * child (one column at 390 px). The service checks permission and scope.
 */
public class HomeVisitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout/homevisits";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final Select<School> school = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Grid<VisitDue> grid = new Grid<>();
    private final VerticalLayout formArea = new VerticalLayout();
    private transient HomeVisitService service;
    private transient VisitDue chosen;

    public HomeVisitsView() {
        setWidthFull();
        setMaxWidth("1100px");
        formArea.setPadding(false);
        formArea.setId("homevisit-form-area");
    }

    static String t(VisitsUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DropoutSupport.requireView(actor, event);
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            return;
        }
        removeAll();
        service = UiContext.service(getClass(), HomeVisitService.class);
        H2 heading = new H2(t(VisitsUiText.HOME_VISITS_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(VisitsUiText.HOME_VISITS_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        school.setId("homevisit-school");
        school.setLabel(t(VisitsUiText.SCHOOL));
        List<School> schools = SchoolsInScope.of(getClass(), actor);
        school.setItems(schools);
        school.setEmptySelectionAllowed(true);
        school.setItemLabelGenerator(s -> s == null ? "—" : s.code() + " " + s.name());
        school.setVisible(actor.schoolId() == null);
        overdueOnly.setId("homevisit-overdue-only");
        overdueOnly.setLabel(t(VisitsUiText.OVERDUE_ONLY));
        overdueOnly.setValue(true);
        school.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(school, overdueOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        configureGrid();
        add(heading, intro, filters, grid, formArea);
        renderForm();
        refresh();
    }

    private void configureGrid() {
        grid.setId("homevisit-grid");
        grid.setAllRowsVisible(false);
        grid.setHeight("320px");
        grid.addColumn(VisitDue::name).setHeader(t(VisitsUiText.COL_CHILD)).setAutoWidth(true);
        grid.addColumn(d -> d.groups().stream().sorted().map(g -> g.format(locale)).collect(Collectors.joining("、")))
                .setHeader(t(VisitsUiText.COL_GROUPS)).setAutoWidth(true);
        grid.addColumn(d -> t(VisitsUiText.RULE, d.required().contacts(), d.required().days()))
                .setHeader(t(VisitsUiText.COL_RULE)).setAutoWidth(true);
        grid.addColumn(VisitDue::made).setHeader(t(VisitsUiText.COL_MADE)).setAutoWidth(true);
        grid.addColumn(d -> d.lastContact() == null ? t(VisitsUiText.NEVER) : d.lastContact().toString())
                .setHeader(t(VisitsUiText.COL_LAST)).setAutoWidth(true);
        grid.addComponentColumn(d -> d.overdue() ? Badges.error(t(VisitsUiText.OVERDUE))
                : Badges.success(t(VisitsUiText.ON_TIME))).setHeader(t(VisitsUiText.COL_STATE)).setAutoWidth(true);
        grid.setEmptyStateText(t(VisitsUiText.EMPTY));
        grid.asSingleSelect().addValueChangeListener(e -> {
            chosen = e.getValue();
            renderForm();
        });
    }

    private void refresh() {
        try {
            Long schoolId = school.getValue() == null ? null : school.getValue().id();
            grid.setItems(service.dueList(actor, schoolId, overdueOnly.getValue()));
        } catch (DomainException e) {
            grid.setItems(List.of());
            UiContext.showError(e);
        }
    }

    /** The form for the chosen child: one column on a phone, two from 600 px. */
    private void renderForm() {
        formArea.removeAll();
        formArea.add(new H3(t(VisitsUiText.FORM_TITLE)));
        if (chosen == null) {
            Span hint = new Span(t(VisitsUiText.PICK_CHILD));
            hint.setId("homevisit-pick");
            formArea.add(hint);
            return;
        }
        Span who = new Span(t(VisitsUiText.FORM_FOR, chosen.name()));
        who.setId("homevisit-for");
        Select<ContactKind> kind = new Select<>();
        kind.setId("homevisit-kind");
        kind.setLabel(t(VisitsUiText.KIND));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(k -> k.format(locale));
        kind.setValue(ContactKind.HOME_VISIT);
        DatePicker date = DatePickers.create("homevisit-date", t(VisitsUiText.DATE));
        date.setValue(DropoutSupport.today(getClass()));
        date.setMax(DropoutSupport.today(getClass()));
        TextField visitors = new TextField(t(VisitsUiText.VISITORS));
        visitors.setId("homevisit-visitors");
        visitors.setValue(actor.displayName() == null ? "" : actor.displayName());
        TextArea content = new TextArea(t(VisitsUiText.CONTENT));
        content.setId("homevisit-content");
        TextArea outcome = new TextArea(t(VisitsUiText.OUTCOME));
        outcome.setId("homevisit-outcome");
        FormLayout form = EntryView.phoneForm();
        form.setId("homevisit-form");
        form.add(kind, date, visitors, content, outcome);
        form.setColspan(content, 2);
        form.setColspan(outcome, 2);
        Button save = new Button(t(VisitsUiText.SAVE), e -> save(kind.getValue(), date, visitors, content, outcome));
        save.setId("homevisit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        formArea.add(who, form, save, marks());
        history();
    }

    private HorizontalLayout marks() {
        Checkbox noCarer = new Checkbox(t(VisitsUiText.MARK_NO_CARER),
                chosen.groups().contains(PriorityGroup.NO_CARER));
        noCarer.setId("homevisit-mark-no-carer");
        noCarer.addValueChangeListener(e -> mark(PriorityGroup.NO_CARER, e.getValue(), e.isFromClient()));
        Checkbox hardship = new Checkbox(t(VisitsUiText.MARK_HARDSHIP),
                chosen.groups().contains(PriorityGroup.HARDSHIP));
        hardship.setId("homevisit-mark-hardship");
        hardship.addValueChangeListener(e -> mark(PriorityGroup.HARDSHIP, e.getValue(), e.isFromClient()));
        HorizontalLayout row = new HorizontalLayout(noCarer, hardship);
        row.getStyle().set("flex-wrap", "wrap");
        row.setVisible(actor.has(Permission.RECORD_DROPOUT));
        return row;
    }

    private void mark(PriorityGroup group, boolean on, boolean fromClient) {
        if (!fromClient) {
            return;
        }
        try {
            service.mark(actor, chosen.studentId(), group, on);
            refresh();
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private void history() {
        try {
            List<HomeVisit> visits = service.visits(actor, chosen.studentId());
            formArea.add(new H3(t(VisitsUiText.HISTORY)));
            VerticalLayout list = new VerticalLayout();
            list.setId("homevisit-history");
            list.setPadding(false);
            list.setSpacing(false);
            for (HomeVisit v : visits) {
                list.add(new Span(v.date() + " · " + v.kind().format(locale) + " · " + v.visitors() + " · "
                        + v.content() + " → " + v.outcome()));
            }
            formArea.add(list);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private void save(ContactKind kind, DatePicker date, TextField visitors, TextArea content, TextArea outcome) {
        try {
            service.record(actor, new NewHomeVisit(chosen.studentId(), kind, date.getValue(), visitors.getValue(),
                    content.getValue(), outcome.getValue()));
            UiContext.showSuccess(t(VisitsUiText.SAVED));
            // the child may leave the overdue list, which clears the grid's selection: keep them in the form
            VisitDue was = chosen;
            refresh();
            chosen = grid.getListDataView().getItems().filter(d -> d.studentId() == was.studentId()).findFirst()
                    .orElse(was);
            renderForm();
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    @Override
    public String getPageTitle() {
        return DropoutUiText.PAGE_TITLE.format(locale, t(VisitsUiText.HOME_VISITS_TITLE));
    }
}
