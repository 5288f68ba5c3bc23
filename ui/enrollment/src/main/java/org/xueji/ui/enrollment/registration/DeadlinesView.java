package org.xueji.ui.enrollment.registration;

import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.enrollment.api.DeadlineProgress.Status;
import org.xueji.enrollment.api.RegistrationDeadline;
import org.xueji.enrollment.api.RegistrationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYear;
import org.xueji.ui.shell.api.Badges;
import org.xueji.ui.shell.api.UiContext;

/**
 * 注册进度 (R19): each school's registration of new grade-1 and grade-7 students against the
 * due dates of a school year, most urgent first. District users see all schools (and, with
 * MANAGE_SCHOOL, set the dates); school users their own school. No export: the table holds
 * no personal data, but nothing asks for one either.
 */
public class DeadlinesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "enrollment/deadlines";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient RegistrationService registrations =
            UiContext.service(getClass(), RegistrationService.class);
    private final transient SchoolService schools = UiContext.service(getClass(), SchoolService.class);

    private final Select<Integer> year = new Select<>();
    private final Select<Status> statusFilter = new Select<>();
    private final Span summary = new Span();
    private final DeadlineEditor editor;
    private final Grid<DeadlineProgress> grid = new Grid<>();
    private final ListDataProvider<DeadlineProgress> rows = new ListDataProvider<>(new ArrayList<>());

    public DeadlinesView() {
        setSizeFull();
        setPadding(true);
        H2 heading = new H2(t(RegistrationUiText.DEADLINES_TITLE));
        heading.getStyle().set("margin", "0");

        int current = registrations.currentSchoolYear();
        year.setId("deadline-year");
        year.setLabel(t(RegistrationUiText.SCHOOL_YEAR));
        year.setItemLabelGenerator(y -> y == null ? "" : t(RegistrationUiText.SCHOOL_YEAR_LABEL, y, y + 1));
        year.setItems(SchoolYears.options(knownYears(), current));
        year.setValue(current);
        year.addValueChangeListener(e -> load());

        statusFilter.setId("deadline-status-filter");
        statusFilter.setLabel(t(RegistrationUiText.STATUS_FILTER));
        statusFilter.setItems(Status.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(t(RegistrationUiText.ALL));
        statusFilter.setItemLabelGenerator(s -> s == null ? t(RegistrationUiText.ALL)
                : t(DeadlineDisplay.statusText(s)));
        statusFilter.addValueChangeListener(e -> applyFilter());

        summary.setId("deadline-summary");
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout bar = new HorizontalLayout(year, statusFilter, summary);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        editor = new DeadlineEditor(actor, registrations, locale, this::deadlineSaved);
        configureGrid();
        add(heading, bar, editor, grid);
        expand(grid);
        load();
    }

    private List<Integer> knownYears() {
        try {
            return schools.listSchoolYears(actor).stream().map(SchoolYear::startYear).toList();
        } catch (DomainException e) {
            return List.of();
        }
    }

    private void configureGrid() {
        grid.setId("deadline-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // a hook for themes; the red itself is on the school name and the status badge
        grid.setPartNameGenerator(p -> p.status() == Status.OVERDUE ? DeadlineDisplay.OVERDUE_CLASS : null);
        grid.addColumn(new ComponentRenderer<>(this::schoolCell)).setKey("school")
                .setHeader(t(RegistrationUiText.COL_SCHOOL)).setAutoWidth(true).setFlexGrow(1)
                .setComparator(Comparator.comparing(DeadlineProgress::schoolName,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(p -> Grades.name(p.gradeLevel())).setKey("grade").setHeader(t(RegistrationUiText.COL_GRADE))
                .setAutoWidth(true).setFlexGrow(0).setComparator(DeadlineProgress::gradeLevel);
        number(DeadlineProgress::planned, "planned", RegistrationUiText.COL_PLANNED);
        number(DeadlineProgress::registered, "registered", RegistrationUiText.COL_REGISTERED);
        grid.addColumn(new ComponentRenderer<>(this::percentCell)).setKey("percent")
                .setHeader(t(RegistrationUiText.COL_PERCENT)).setWidth("10em").setFlexGrow(0)
                .setComparator(DeadlineProgress::percent);
        number(DeadlineProgress::late, "late", RegistrationUiText.COL_LATE);
        grid.addColumn(p -> RegistrationSupport.date(p.dueDate())).setKey("dueDate")
                .setHeader(t(RegistrationUiText.COL_DUE_DATE)).setAutoWidth(true).setFlexGrow(0)
                .setComparator(DeadlineProgress::dueDate);
        grid.addColumn(p -> DeadlineDisplay.daysLeft(p.daysLeft(), locale)).setKey("daysLeft")
                .setHeader(t(RegistrationUiText.COL_DAYS_LEFT)).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setComparator(DeadlineProgress::daysLeft);
        grid.addColumn(new ComponentRenderer<>(this::statusCell)).setKey("status")
                .setHeader(t(RegistrationUiText.COL_STATUS)).setAutoWidth(true).setFlexGrow(0)
                .setComparator(DeadlineDisplay.URGENCY);
        grid.setEmptyStateText(t(RegistrationUiText.PROGRESS_EMPTY));
        grid.setItems(rows);
    }

    private void number(com.vaadin.flow.function.ValueProvider<DeadlineProgress, ? extends Number> value,
                        String key, RegistrationUiText header) {
        grid.addColumn(value::apply).setKey(key).setHeader(t(header)).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(p -> value.apply(p).longValue());
    }

    private Span schoolCell(DeadlineProgress p) {
        Span name = new Span(p.schoolName());
        if (p.status() == Status.OVERDUE) {
            name.addClassName(DeadlineDisplay.OVERDUE_CLASS);
            name.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return name;
    }

    private Div percentCell(DeadlineProgress p) {
        Span text = new Span(DeadlineDisplay.percent(p));
        text.getStyle().set("min-width", "3em").set("text-align", "right");
        Div cell = new Div();
        cell.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        if (p.planned() > 0) {
            ProgressBar bar = new ProgressBar(0, 100, p.percent());
            bar.setWidth("5em");
            cell.add(bar);
        }
        cell.add(text);
        return cell;
    }

    private Span statusCell(DeadlineProgress p) {
        String label = t(DeadlineDisplay.statusText(p.status()));
        Span badge = switch (p.status()) {
            case OVERDUE -> Badges.error(label);
            case COMPLETE -> Badges.success(label);
            default -> Badges.contrast(label);
        };
        if (p.status() == Status.DUE_SOON) {
            badge.getStyle().set("color", "var(--lumo-warning-text-color, #a35f00)")
                    .set("background-color", "var(--lumo-warning-color-10pct, #fff3db)");
        }
        badge.addClassNames("deadline-status", DeadlineDisplay.cssClass(p.status()));
        return badge;
    }

    private void load() {
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        List<DeadlineProgress> progress;
        try {
            editor.show(y, registrations.deadlines(actor, y));
            progress = registrations.progress(actor, y);
        } catch (DomainException e) {
            UiContext.showError(e);
            progress = List.of();
        }
        rows.getItems().clear();
        rows.getItems().addAll(progress.stream().sorted(DeadlineDisplay.URGENCY).toList());
        rows.refreshAll();
        applyFilter();
    }

    private void applyFilter() {
        Status wanted = statusFilter.getValue();
        rows.setFilter(p -> wanted == null || p.status() == wanted);
        DeadlineDisplay.Summary s = DeadlineDisplay.summarize(rows.getItems());
        summary.setText(t(RegistrationUiText.PROGRESS_SUMMARY, s.overdueSchools(), s.dueSoonSchools(),
                s.registered(), s.planned()));
    }

    /** A new due date changes days left and statuses: the table is read again. */
    private void deadlineSaved(RegistrationDeadline saved) {
        load();
    }

    @Override
    public String getPageTitle() {
        return RegistrationSupport.pageTitle(RegistrationUiText.DEADLINES_TITLE);
    }
}
