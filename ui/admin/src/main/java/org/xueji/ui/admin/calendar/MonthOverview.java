package org.xueji.ui.admin.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.platform.api.calendar.SpecialDay;

/**
 * Twelve small month grids of a year, days off in red and make-up working days in blue; each
 * marked cell carries {@code data-kind} ({@code off} / {@code make-up}) and its date as title.
 */
final class MonthOverview extends Div {

    private static final long serialVersionUID = 1L;

    MonthOverview() {
        setId("calendar-overview");
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(13rem, 1fr))")
                .set("gap", "var(--lumo-space-m)");
    }

    void show(HolidaySchedule schedule, Locale locale) {
        removeAll();
        Map<LocalDate, SpecialDay> byDate = schedule.days().stream()
                .collect(Collectors.toMap(SpecialDay::date, Function.identity()));
        List<String> months = List.of(CalendarUiText.MONTHS.format(locale).split(","));
        List<String> weekdays = List.of(CalendarUiText.WEEKDAYS_SHORT.format(locale).split(","));
        for (int m = 1; m <= 12; m++) {
            add(month(YearMonth.of(schedule.year(), m), months.get(m - 1).strip(), weekdays, byDate));
        }
    }

    private static Div month(YearMonth month, String title, List<String> weekdays, Map<LocalDate, SpecialDay> days) {
        Div box = new Div();
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600");
        Div grid = new Div();
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, 1fr)")
                .set("text-align", "center").set("font-size", "var(--lumo-font-size-s)").set("gap", "2px");
        weekdays.forEach(w -> {
            Span s = new Span(w.strip());
            s.getStyle().set("color", "var(--lumo-secondary-text-color)");
            grid.add(s);
        });
        int blanks = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < blanks; i++) {
            grid.add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Span cell = new Span(String.valueOf(d));
            cell.getStyle().set("border-radius", "var(--lumo-border-radius-s)").set("padding", "1px 0");
            SpecialDay special = days.get(date);
            if (special != null) {
                cell.getElement().setAttribute("data-kind", special.offDay() ? "off" : "make-up");
                cell.getElement().setAttribute("title", date + " " + special.name());
                cell.getStyle().set("color", "white").set("font-weight", "600").set("background-color",
                        special.offDay() ? "var(--lumo-error-color)" : "var(--lumo-primary-color)");
            } else if (date.getDayOfWeek().getValue() >= 6) {
                cell.getStyle().set("color", "var(--lumo-secondary-text-color)");
            }
            grid.add(cell);
        }
        box.add(heading, grid);
        return box;
    }
}
