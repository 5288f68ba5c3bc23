package org.xueji.ui.shell.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/**
 * A card of the home dashboard ({@link org.xueji.ui.shell.api.DashboardContribution}): a
 * title, then lines of a label and a number (red when it needs attention) or any component.
 * The look is set inline, so it holds without the Lumo utility classes.
 */
public class DashboardCard extends Div {

    private static final long serialVersionUID = 1L;

    public DashboardCard(String id, String title) {
        if (id != null) {
            setId(id);
        }
        addClassName("xueji-dashboard-card");
        getStyle().set("padding", "var(--lumo-space-l)")
                .set("background-color", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "14em");
        H3 heading = new H3(title);
        heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        add(heading);
    }

    /**
     * A line {@code label ……… value}.
     *
     * @param id    element id of the number (for tests), or null
     * @param alert shows the number in the error colour
     */
    public DashboardCard count(String label, String id, long value, boolean alert) {
        return line(label, id, String.valueOf(value), alert);
    }

    /** A line {@code label ……… value} with a text value. */
    public DashboardCard line(String label, String id, String value, boolean alert) {
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span number = new Span(value);
        if (id != null) {
            number.setId(id);
        }
        number.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xl)");
        if (alert) {
            number.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        Div line = new Div(caption, number);
        line.getStyle().set("display", "flex").set("justify-content", "space-between")
                .set("align-items", "baseline").set("gap", "var(--lumo-space-l)");
        add(line);
        return this;
    }

    /** Any content below the lines (a link, a chart, a note). */
    public DashboardCard content(Component... components) {
        add(components);
        return this;
    }

    /** A note in the secondary colour, e.g. why numbers are missing. */
    public DashboardCard note(String text) {
        Span note = new Span(text);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(note);
        return this;
    }
}
