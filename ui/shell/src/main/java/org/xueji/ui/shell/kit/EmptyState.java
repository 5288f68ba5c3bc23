package org.xueji.ui.shell.kit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a list with nothing in it says: a grid shows a helpful text in its body instead of
 * empty rows (e.g. "no student matches: widen the search"), and a panel can show the same
 * look as a paragraph.
 */
public final class EmptyState {

    /** Sets the text a grid shows while it has no rows ({@link KitText#EMPTY_DEFAULT} when null). */
    public static <T> Grid<T> on(Grid<T> grid, String text) {
        grid.setEmptyStateText(text == null ? KitText.EMPTY_DEFAULT.format(org.xueji.ui.shell.api.UiContext.locale())
                : text);
        return grid;
    }

    /** A paragraph in the secondary text colour, for a panel that has nothing to list. */
    public static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        if (id != null) {
            p.setId(id);
        }
        p.addClassName("xueji-empty-state");
        p.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "var(--lumo-space-s) 0");
        return p;
    }

    private EmptyState() {
    }
}
