package org.xueji.platform.documents.pdf;

/**
 * One bordered cell of a table row.
 *
 * @param text  its text, wrapped to the width; blank when null
 * @param width in points
 * @param style how it is filled and aligned
 */
public record Cell(String text, float width, Style style) {

    /** Fill and alignment of a cell. */
    public enum Style {
        /** A field name: shaded, centred. */
        LABEL(true, true),
        /** A column heading: shaded, centred. */
        HEADER(true, true),
        /** A value: left-aligned. */
        VALUE(false, false),
        /** A short value: centred. */
        CENTERED(false, true);

        final boolean shaded;
        final boolean centered;

        Style(boolean shaded, boolean centered) {
            this.shaded = shaded;
            this.centered = centered;
        }
    }

    public static Cell label(String text, float widthMm) {
        return new Cell(text, Units.mm(widthMm), Style.LABEL);
    }

    public static Cell header(String text, float widthMm) {
        return new Cell(text, Units.mm(widthMm), Style.HEADER);
    }

    public static Cell value(String text, float widthMm) {
        return new Cell(text, Units.mm(widthMm), Style.VALUE);
    }

    public static Cell centered(String text, float widthMm) {
        return new Cell(text, Units.mm(widthMm), Style.CENTERED);
    }
}
