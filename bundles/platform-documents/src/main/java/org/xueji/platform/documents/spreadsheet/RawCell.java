package org.xueji.platform.documents.spreadsheet;

/**
 * One cell as a file format gives it, before the column is known.
 *
 * @param column 0-based column index
 * @param text   the value as text (dates already {@code yyyy-MM-dd}, numbers without
 *               exponent); null for formulas
 */
public record RawCell(int column, Kind kind, String text) {

    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN,
        /** A formula: its result is not taken, the user must paste values. */
        FORMULA,
        /** An error value such as #N/A; text holds it. */
        ERROR
    }

    public static RawCell text(int column, String text) {
        return new RawCell(column, Kind.TEXT, text);
    }
}
