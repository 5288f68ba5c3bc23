package org.xueji.ui.ledger;

import static org.xueji.ui.ledger.LedgerSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentStatus;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.School;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.Badges;
import org.xueji.ui.shell.api.UiContext;

/**
 * 月度台帐 (D4): filter by school, month, type and status; a lazy grid that pages on the server;
 * the district records incidents and closes them, schools and the district add follow-ups; the
 * export needs an approved data release (checked by the service, R4).
 */
public class LedgerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "ledger";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient LedgerService ledger;
    private final transient List<School> schools;
    private final transient Map<Long, String> names;
    private final Select<SchoolChoice> school = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final Select<IncidentType> type = new Select<>();
    private final Select<IncidentStatus> status = new Select<>();
    private final Span count = new Span();
    private final Grid<Incident> grid = new Grid<>();

    public LedgerView() {
        setSizeFull();
        if (!actor.has(Permission.VIEW_LEDGER)) {
            ledger = null;
            schools = List.of();
            names = Map.of();
            return; // beforeEnter shows the access-denied page
        }
        ledger = UiContext.service(getClass(), LedgerService.class);
        schools = SchoolsInScope.of(getClass(), actor);
        names = SchoolsInScope.names(schools);
        H2 heading = new H2(t(LedgerUiText.LEDGER_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(LedgerUiText.LEDGER_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro, filters(), bar());
        if (actor.has(Permission.EXPORT_DATA)) {
            add(new LedgerExportBar(actor, ledger, this::query, names));
        }
        configureGrid();
        add(grid);
        expand(grid);
    }

    private Component filters() {
        List<SchoolChoice> choices = SchoolChoice.of(actor, schools, locale);
        school.setId("ledger-filter-school");
        school.setLabel(t(LedgerUiText.FILTER_SCHOOL));
        school.setItems(choices);
        school.setItemLabelGenerator(SchoolChoice::label);
        if (!choices.isEmpty()) {
            school.setValue(choices.get(0));
        }
        school.setEnabled(actor.isDistrictWide());
        LocalDate today = today();
        month.setId("ledger-filter-month");
        month.setLabel(t(LedgerUiText.FILTER_MONTH));
        month.setItems(Months.recent(today, 36));
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption(t(LedgerUiText.ALL));
        month.setItemLabelGenerator(m -> m == null ? t(LedgerUiText.ALL) : m.toString());
        type.setId("ledger-filter-type");
        type.setLabel(t(LedgerUiText.FILTER_TYPE));
        type.setItems(IncidentType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(t(LedgerUiText.ALL));
        type.setItemLabelGenerator(v -> v == null ? t(LedgerUiText.ALL) : v.format(locale));
        status.setId("ledger-filter-status");
        status.setLabel(t(LedgerUiText.FILTER_STATUS));
        status.setItems(IncidentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t(LedgerUiText.ALL));
        status.setItemLabelGenerator(v -> v == null ? t(LedgerUiText.ALL) : v.format(locale));
        for (Select<?> s : List.of(school, month, type, status)) {
            s.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout row = new HorizontalLayout(school, month, type, status);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private Component bar() {
        count.setId("ledger-count");
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout bar = new HorizontalLayout(count);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.expand(count);
        if (actor.has(Permission.RECORD_LEDGER) && actor.isDistrictWide()) {
            Button add = new Button(t(LedgerUiText.ACTION_NEW), VaadinIcon.PLUS.create(),
                    e -> new IncidentDialog(actor, ledger, schools, today(), this::refresh).open());
            add.setId("ledger-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        return bar;
    }

    private void configureGrid() {
        grid.setId("ledger-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Incident::id).setKey("id").setHeader(t(LedgerUiText.COL_ID)).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Incident::occurredOn).setKey("date").setHeader(t(LedgerUiText.COL_DATE)).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> LedgerSupport.schoolName(names, i.schoolId(), locale)).setKey("school")
                .setHeader(t(LedgerUiText.COL_SCHOOL)).setAutoWidth(true);
        grid.addColumn(i -> i.type().format(locale)).setKey("type").setHeader(t(LedgerUiText.COL_TYPE))
                .setAutoWidth(true);
        grid.addColumn(i -> LedgerSupport.source(i, locale)).setKey("source").setHeader(t(LedgerUiText.COL_SOURCE))
                .setAutoWidth(true);
        grid.addColumn(i -> i.description(locale)).setKey("description").setHeader(t(LedgerUiText.COL_DESCRIPTION))
                .setTooltipGenerator(i -> i.description(locale)).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::statusBadge)).setKey("status")
                .setHeader(t(LedgerUiText.COL_STATUS)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.followUps().size()).setKey("followUps").setHeader(t(LedgerUiText.COL_FOLLOW_UPS))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                .setHeader(t(LedgerUiText.COL_ACTIONS)).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t(LedgerUiText.EMPTY));
        grid.setPageSize(50);
        grid.setItems(DataProvider.fromCallbacks(
                q -> fetch(q.getOffset(), q.getLimit()),
                q -> countAll()));
        count.setText(t(LedgerUiText.COUNT, countAll()));
    }

    private Stream<Incident> fetch(int offset, int limit) {
        try {
            return ledger.list(actor, query(), offset, limit).stream();
        } catch (DomainException e) {
            UiContext.showError(e);
            return Stream.empty();
        }
    }

    private int countAll() {
        try {
            return (int) Math.min(Integer.MAX_VALUE, ledger.count(actor, query()));
        } catch (DomainException e) {
            return 0;
        }
    }

    LedgerQuery query() {
        LedgerQuery q = LedgerQuery.all().withMonth(month.getValue()).withType(type.getValue())
                .withStatus(status.getValue());
        SchoolChoice choice = school.getValue();
        return choice == null ? q : choice.apply(q);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(t(LedgerUiText.COUNT, countAll()));
    }

    private Component statusBadge(Incident i) {
        String label = i.status().format(locale);
        Span badge = switch (i.status()) {
            case OPEN -> Badges.error(label);
            case FOLLOWED_UP -> Badges.contrast(label);
            case CLOSED -> Badges.success(label);
        };
        badge.addClassName("ledger-status-" + i.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private Component actions(Incident i) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        Button details = small(LedgerUiText.ACTION_DETAILS, "ledger-details-" + i.id(),
                () -> new DetailsDialog(actor, ledger, i, names).open());
        row.add(details);
        if (i.status() != IncidentStatus.CLOSED && actor.has(Permission.FOLLOW_UP_LEDGER)) {
            row.add(small(LedgerUiText.ACTION_FOLLOW_UP, "ledger-follow-up-" + i.id(),
                    () -> new FollowUpDialog(actor, ledger, i, this::refresh).open()));
        }
        if (i.status() == IncidentStatus.FOLLOWED_UP && actor.has(Permission.RECORD_LEDGER)
                && actor.isDistrictWide()) {
            Button close = small(LedgerUiText.ACTION_CLOSE, "ledger-close-" + i.id(),
                    () -> new CloseDialog(actor, ledger, i, this::refresh).open());
            close.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            row.add(close);
        }
        return row;
    }

    private static Button small(LedgerUiText text, String id, Runnable action) {
        Button b = new Button(t(text), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private LocalDate today() {
        return LedgerSupport.today(getClass());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LedgerSupport.requireViewLedger(actor, event);
    }

    @Override
    public String getPageTitle() {
        return LedgerSupport.pageTitle(LedgerUiText.LEDGER_TITLE);
    }
}
