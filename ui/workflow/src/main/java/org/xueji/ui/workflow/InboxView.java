package org.xueji.ui.workflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.ui.shell.api.UiContext;

/**
 * 待办审批 (R3, R17): every step waiting for the logged-in user's decision, from all installed
 * modules, most urgent first; overdue lines in red. The service applies permission and school
 * scope: a principal sees only their school's steps.
 */
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "inbox";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient WorkflowService workflow = UiContext.service(getClass(), WorkflowService.class);
    private final transient Map<Long, String> schoolNames = SchoolNames.of(getClass(), actor);
    private final Grid<PendingStep> grid = new Grid<>();
    private final Span count = new Span();
    private final Checkbox overdueOnly = new Checkbox();

    public InboxView() {
        setSizeFull();
        setPadding(true);
        H2 heading = new H2(WorkflowUiText.INBOX_TITLE.in(locale));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(WorkflowUiText.INBOX_INTRO.in(locale));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        count.setId("inbox-count");
        overdueOnly.setId("inbox-overdue-only");
        overdueOnly.setLabel(WorkflowUiText.OVERDUE_ONLY.in(locale));
        overdueOnly.addValueChangeListener(e -> reload());
        HorizontalLayout bar = new HorizontalLayout(count, overdueOnly);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.expand(count);
        configureGrid();
        add(heading, intro, bar, grid);
        expand(grid);
        reload();
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(PendingStep::requestId).setKey("request").setHeader(WorkflowUiText.COL_REQUEST.in(locale))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.typeLabel().format(locale)).setKey("type").setHeader(WorkflowUiText.COL_TYPE.in(locale))
                .setAutoWidth(true);
        grid.addColumn(s -> s.subject(locale)).setKey("subject").setHeader(WorkflowUiText.COL_SUBJECT.in(locale))
                .setTooltipGenerator(s -> s.subject(locale)).setFlexGrow(1);
        grid.addColumn(this::school).setKey("school").setHeader(WorkflowUiText.COL_SCHOOL.in(locale))
                .setAutoWidth(true);
        grid.addColumn(p -> p.stepLabel().format(locale)).setKey("step").setHeader(WorkflowUiText.COL_STEP.in(locale))
                .setAutoWidth(true);
        grid.addColumn(p -> p.submittedAt() == null ? "" : MINUTES.format(p.submittedAt().atZone(ZoneId.systemDefault())))
                .setKey("submitted").setHeader(WorkflowUiText.COL_SUBMITTED.in(locale)).setAutoWidth(true);
        grid.addColumn(p -> p.deadline().toString()).setKey("deadline")
                .setHeader(WorkflowUiText.COL_DEADLINE.in(locale)).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::daysLeft)).setKey("daysLeft")
                .setHeader(WorkflowUiText.COL_DAYS_LEFT.in(locale)).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                .setHeader(WorkflowUiText.COL_ACTIONS.in(locale)).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(WorkflowUiText.INBOX_EMPTY.in(locale));
    }

    private String school(PendingStep p) {
        return p.schoolId() == null ? WorkflowUiText.WHOLE_DISTRICT.in(locale)
                : schoolNames.getOrDefault(p.schoolId(), "#" + p.schoolId());
    }

    private Component daysLeft(PendingStep p) {
        Span s = new Span(daysLeftText(p, locale));
        s.addClassName(p.overdue() ? "inbox-overdue" : "inbox-in-time");
        if (p.overdue()) {
            s.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return s;
    }

    static String daysLeftText(PendingStep p, Locale locale) {
        if (p.workingDaysLeft() == null) {
            return WorkflowUiText.DAYS_UNKNOWN.in(locale);
        }
        return p.overdue() ? WorkflowUiText.DAYS_OVERDUE.in(locale, -p.workingDaysLeft())
                : WorkflowUiText.DAYS_LEFT.in(locale, p.workingDaysLeft());
    }

    private Component actions(PendingStep p) {
        Button approve = new Button(WorkflowUiText.APPROVE.in(locale),
                e -> new DecisionDialog(actor, workflow, p, Decision.APPROVE, this::reload).open());
        approve.setId("inbox-approve-" + p.requestId());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(WorkflowUiText.REJECT.in(locale),
                e -> new DecisionDialog(actor, workflow, p, Decision.REJECT, this::reload).open());
        reject.setId("inbox-reject-" + p.requestId());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(approve, reject);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        return row;
    }

    /**
     * Lazy: the grid asks the service for the pages it shows while scrolling (a district decider
     * may have thousands of steps waiting); the count line comes from the service's count.
     */
    private void reload() {
        PendingFilter filter = new PendingFilter(overdueOnly.getValue(), null);
        grid.setItems(query -> page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> total(filter));
        showCount(filter);
    }

    private List<PendingStep> page(PendingFilter filter, int offset, int limit) {
        try {
            return workflow.inbox(actor, filter, offset, limit);
        } catch (DomainException e) {
            UiContext.showError(e);
            return List.of();
        }
    }

    private int total(PendingFilter filter) {
        try {
            return workflow.countInbox(actor, filter);
        } catch (DomainException e) {
            UiContext.showError(e);
            return 0;
        }
    }

    private void showCount(PendingFilter filter) {
        int all;
        int overdue;
        try {
            all = workflow.countInbox(actor, filter);
            overdue = filter.overdueOnly() ? all : workflow.countInbox(actor, filter.overdue());
        } catch (DomainException e) {
            UiContext.showError(e);
            all = 0;
            overdue = 0;
        }
        count.setText(WorkflowUiText.INBOX_COUNT.in(locale, all, overdue));
    }

    @Override
    public String getPageTitle() {
        return WorkflowUiText.PAGE_TITLE.in(locale, WorkflowUiText.INBOX_TITLE.in(locale));
    }
}
