package org.xueji.ui.admin.calendar;

import static org.xueji.ui.admin.calendar.CalendarTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.platform.api.calendar.SpecialDay;
import org.xueji.ui.shell.api.UiContext;

/**
 * 工作日历 (D2): pick a year, see its days off and make-up working days in a list and month by
 * month; the district administrator adds, changes and removes days and imports a year's JSON
 * file. Everyone else reads.
 */
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "working-calendar";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final boolean canEdit = CalendarTexts.canEdit(actor);
    private final transient CalendarService calendar;
    private final Select<Integer> year = new Select<>();
    private final Span summary = new Span();
    private final Div papers = new Div();
    private final Grid<SpecialDay> grid = new Grid<>();
    private final MonthOverview overview = new MonthOverview();
    private final Button addDay = new Button(t(CalendarUiText.ADD_DAY), VaadinIcon.PLUS.create());

    public CalendarView() {
        setWidthFull();
        setPadding(true);
        calendar = UiContext.service(getClass(), CalendarService.class);
        H2 heading = new H2(t(CalendarUiText.TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(CalendarUiText.INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro);
        if (!canEdit) {
            Span readOnly = new Span(t(CalendarUiText.READ_ONLY));
            readOnly.setId("calendar-read-only");
            readOnly.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(readOnly);
        }

        year.setId("calendar-year");
        year.setLabel(t(CalendarUiText.YEAR));
        year.setItemLabelGenerator(String::valueOf);
        year.addValueChangeListener(e -> show(e.getValue()));
        summary.setId("calendar-summary");
        addDay.setId("calendar-add-day");
        addDay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addDay.addClickListener(e -> {
            if (year.getValue() != null) {
                new DayDialog(actor, calendar, year.getValue(), s -> show(s.year())).open();
            }
        });
        HorizontalLayout bar = new HorizontalLayout(year, summary);
        if (canEdit) {
            bar.add(addDay);
        }
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.expand(summary);
        papers.setId("calendar-papers");
        papers.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        configureGrid();
        H3 overviewHeading = new H3(t(CalendarUiText.OVERVIEW));
        overviewHeading.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        add(bar, papers, grid, overviewHeading, legend(), overview);
        if (canEdit) {
            SortedSet<Integer> held = calendar.years(actor);
            int suggested = held.isEmpty() ? LocalDate.now().getYear() : held.last() + 1;
            add(new ImportPanel(actor, calendar, suggested, this::reloadYears));
        }
        reloadYears(LocalDate.now().getYear());
    }

    private void configureGrid() {
        grid.setId("calendar-days");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.date().toString()).setKey("date").setHeader(t(CalendarUiText.COL_DATE))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> CalendarTexts.weekday(d.date(), locale)).setKey("weekday")
                .setHeader(t(CalendarUiText.COL_WEEKDAY)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::kindBadge)).setKey("kind").setHeader(t(CalendarUiText.COL_KIND))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SpecialDay::name).setKey("name").setHeader(t(CalendarUiText.COL_NAME)).setFlexGrow(1);
        if (canEdit) {
            grid.addColumn(new ComponentRenderer<>(this::removeButton)).setKey("actions")
                    .setHeader(t(CalendarUiText.COL_ACTIONS)).setAutoWidth(true).setFlexGrow(0);
        }
    }

    private Span kindBadge(SpecialDay d) {
        Span badge = new Span(t(d.offDay() ? CalendarUiText.KIND_OFF : CalendarUiText.KIND_MAKE_UP));
        badge.getElement().getThemeList().add(d.offDay() ? "badge error" : "badge");
        return badge;
    }

    private Button removeButton(SpecialDay d) {
        Button remove = new Button(t(CalendarUiText.REMOVE), e -> confirmRemove(d));
        remove.setId("calendar-remove-" + d.date());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private void confirmRemove(SpecialDay d) {
        Dialog dialog = new Dialog();
        dialog.setId("calendar-remove-dialog");
        dialog.setHeaderTitle(t(CalendarUiText.REMOVE_CONFIRM_TITLE));
        dialog.add(new Paragraph(t(CalendarUiText.REMOVE_CONFIRM, d.date().toString(), d.name())));
        Button ok = new Button(t(CalendarUiText.REMOVE), e -> {
            dialog.close();
            try {
                calendar.removeDay(actor, d.date());
                UiContext.showSuccess(t(CalendarUiText.REMOVED, d.date().toString()));
            } catch (DomainException ex) {
                UiContext.showError(ex);
            }
            show(d.date().getYear());
        });
        ok.setId("calendar-remove-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(t(CalendarUiText.CANCEL), e -> dialog.close());
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private Div legend() {
        Div legend = new Div();
        for (boolean off : new boolean[] {true, false}) {
            Span swatch = new Span(t(off ? CalendarUiText.LEGEND_OFF : CalendarUiText.LEGEND_MAKE_UP));
            swatch.getStyle().set("color", "white").set("padding", "0 var(--lumo-space-s)")
                    .set("margin-right", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("background-color", off ? "var(--lumo-error-color)" : "var(--lumo-primary-color)");
            legend.add(swatch);
        }
        return legend;
    }

    /** Reloads the list of years and shows {@code preferred} if held, else the latest year. */
    private void reloadYears(int preferred) {
        SortedSet<Integer> held = calendar.years(actor);
        year.setItems(new ArrayList<>(held));
        if (held.isEmpty()) {
            summary.setText(t(CalendarUiText.YEARS_NONE));
            grid.setItems(List.of());
            overview.removeAll();
            addDay.setEnabled(false);
            return;
        }
        int shown = held.contains(preferred) ? preferred : held.last();
        if (Integer.valueOf(shown).equals(year.getValue())) {
            show(shown);
        } else {
            year.setValue(shown);
        }
    }

    private void show(Integer selected) {
        if (selected == null) {
            return;
        }
        try {
            HolidaySchedule s = calendar.year(actor, selected);
            summary.setText(t(CalendarUiText.SUMMARY, String.valueOf(s.year()), s.daysOff(), s.makeUpDays()));
            papers.removeAll();
            s.papers().forEach(p -> papers.add(new Div(new Span(t(CalendarUiText.PAPER, p)))));
            grid.setItems(s.days());
            overview.show(s, locale);
            addDay.setEnabled(true);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    @Override
    public String getPageTitle() {
        return CalendarUiText.PAGE_TITLE.format(locale, t(CalendarUiText.TITLE));
    }
}
