package org.xueji.ui.enrollment.autumn;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Locale;
import org.xueji.enrollment.api.AutumnRegistrationProgress;
import org.xueji.enrollment.api.AutumnRegistrationService;
import org.xueji.enrollment.api.DeadlineProgress;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.ui.shell.api.Badges;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.Notify;

/**
 * 在校生学籍注册 (issue 15): per school, the classes and students confirmed present against the
 * deadline (like R19's 注册进度), overdue schools in red; the district opens the registration of
 * a year. Selecting a school (a school user: their own) lists its students not confirmed, for
 * follow-up. Schools confirm in 人籍一致核查 (presence ticking or roster upload).
 */
public class AutumnRegistrationView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "enrollment/autumn-registration";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient AutumnRegistrationService registration =
            UiContext.service(getClass(), AutumnRegistrationService.class);
    private final transient SchoolYearService schoolYears = UiContext.service(getClass(), SchoolYearService.class);
    private final Select<Integer> year = new Select<>();
    private final Span state = new Span();
    private final Button open = new Button(t(AutumnUiText.OPEN));
    private final Grid<AutumnRegistrationProgress> grid = new Grid<>();
    private final H3 unconfirmedTitle = new H3();
    private final Grid<StudentSummary> unconfirmed = new Grid<>();

    public AutumnRegistrationView() {
        setSizeFull();
        setPadding(true);
        H2 heading = new H2(t(AutumnUiText.TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(AutumnUiText.INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        int current = schoolYears.current().startYear();
        year.setId("autumn-year");
        year.setLabel(t(AutumnUiText.YEAR));
        year.setItems(current - 1, current, current + 1);
        year.setItemLabelGenerator(y -> y + "—" + (y + 1));
        year.addValueChangeListener(e -> load());
        state.setId("autumn-state");
        open.setId("autumn-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setVisible(actor.has(Permission.MANAGE_SCHOOL) && actor.isDistrictWide());
        open.addClickListener(e -> openYear());
        HorizontalLayout bar = new HorizontalLayout(year, state, open);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("autumn-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::schoolCell)).setHeader(t(AutumnUiText.COL_SCHOOL)).setFlexGrow(1);
        grid.addColumn(p -> p.confirmedClasses() + " / " + p.classes()).setHeader(t(AutumnUiText.COL_CLASSES))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.confirmed() + " / " + p.students()).setHeader(t(AutumnUiText.COL_STUDENTS))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.dueDate().toString()).setHeader(t(AutumnUiText.COL_DUE)).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AutumnRegistrationProgress::daysLeft).setHeader(t(AutumnUiText.COL_DAYS_LEFT))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(this::statusCell)).setHeader(t(AutumnUiText.COL_STATUS))
                .setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> showUnconfirmed(e.getValue()));

        unconfirmed.setId("autumn-unconfirmed");
        unconfirmed.addThemeVariants(GridVariant.LUMO_COMPACT);
        unconfirmed.addColumn(StudentSummary::name).setHeader(t(AutumnUiText.COL_NAME)).setAutoWidth(true);
        unconfirmed.addColumn(StudentSummary::className).setHeader(t(AutumnUiText.COL_CLASS)).setAutoWidth(true);
        unconfirmed.setEmptyStateText(t(AutumnUiText.NONE_UNCONFIRMED));
        unconfirmedTitle.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        add(heading, intro, bar, grid, unconfirmedTitle, unconfirmed);
        year.setValue(current);
    }

    private void load() {
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        try {
            boolean opened = registration.campaign(actor, y).isPresent();
            state.setText(opened ? "" : t(AutumnUiText.NOT_OPEN));
            open.setEnabled(!opened);
            List<AutumnRegistrationProgress> rows = registration.progress(actor, y);
            grid.setItems(rows);
            showUnconfirmed(rows.size() == 1 ? rows.get(0) : null);
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private void openYear() {
        try {
            registration.open(actor, year.getValue());
            Notify.success(t(AutumnUiText.OPENED));
            load();
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private void showUnconfirmed(AutumnRegistrationProgress school) {
        unconfirmedTitle.setVisible(school != null);
        unconfirmed.setVisible(school != null);
        if (school == null) {
            return;
        }
        unconfirmedTitle.setText(t(AutumnUiText.UNCONFIRMED_TITLE, school.schoolName(), school.unconfirmed()));
        try {
            unconfirmed.setItems(registration.unconfirmed(actor, year.getValue(), school.schoolId()));
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private Span schoolCell(AutumnRegistrationProgress p) {
        Span name = new Span(p.schoolName());
        if (p.status() == DeadlineProgress.Status.OVERDUE) {
            name.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return name;
    }

    private Span statusCell(AutumnRegistrationProgress p) {
        return switch (p.status()) {
            case OVERDUE -> Badges.error(t(AutumnUiText.STATUS_OVERDUE));
            case COMPLETE -> Badges.success(t(AutumnUiText.STATUS_COMPLETE));
            case DUE_SOON -> Badges.contrast(t(AutumnUiText.STATUS_DUE_SOON));
            case ON_TRACK -> Badges.contrast(t(AutumnUiText.STATUS_ON_TRACK));
        };
    }

    private String t(AutumnUiText key, Object... args) {
        return key.format(locale, args);
    }

    @Override
    public String getPageTitle() {
        return t(AutumnUiText.TITLE);
    }
}
