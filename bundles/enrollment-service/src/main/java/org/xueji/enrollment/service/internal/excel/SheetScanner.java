package org.xueji.enrollment.service.internal.excel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.platform.documents.spreadsheet.CellText;
import org.xueji.platform.documents.spreadsheet.RawCell;
import org.xueji.platform.documents.spreadsheet.RawRowSink;
import org.xueji.platform.documents.spreadsheet.SpreadsheetException;

/**
 * Turns the raw rows of any format into {@link SheetRow}s: finds the header row (a title
 * row may come first), checks the required columns, normalises cells, refuses cells that
 * Excel has damaged, skips empty rows and enforces the row limit.
 */
final class SheetScanner implements RawRowSink {

    /** The national template sometimes has a title row (or two) above the header. */
    static final int HEADER_SEARCH_ROWS = 5;
    /** Fewer known names than this and a row is a title, not the header. */
    private static final int MIN_KNOWN_HEADERS = 2;
    /** A row whose only cell starts with this is a note (an export's watermark), not data. */
    static final String NOTE_MARK = "※";

    private final ColumnSet columns;
    private final int maxRows;
    private final RowHandler handler;

    private Map<Integer, Column> columnsByIndex;
    private int headerRow;
    private boolean sawContent;
    private int dataRows;

    SheetScanner(ColumnSet columns, int maxRows, RowHandler handler) {
        this.columns = columns;
        this.maxRows = maxRows;
        this.handler = handler;
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        if (columnsByIndex == null) {
            lookForHeader(rowNumber, cells);
            return;
        }
        if (isNote(cells)) {
            return;
        }
        SheetRow row = dataRow(rowNumber, cells);
        if (row == null) {
            return;
        }
        if (++dataRows > maxRows) {
            throw new SpreadsheetException(EnrollmentMessages.TOO_MANY_ROWS, String.valueOf(maxRows));
        }
        handler.row(row); // the documents reader carries the handler's exceptions out unchanged
    }

    /** Ends the read: refuses a sheet without header or data. Returns the data rows read. */
    int finish() {
        if (columnsByIndex == null) {
            throw sawContent ? headerNotFound() : new SpreadsheetException(EnrollmentMessages.SHEET_EMPTY);
        }
        if (dataRows == 0) {
            throw new SpreadsheetException(EnrollmentMessages.SHEET_EMPTY);
        }
        return dataRows;
    }

    int headerRow() {
        return headerRow;
    }

    private void lookForHeader(int rowNumber, List<RawCell> cells) {
        List<RawCell> filled = filled(cells);
        if (filled.isEmpty()) {
            return;
        }
        sawContent = true;
        if (rowNumber > HEADER_SEARCH_ROWS) {
            throw headerNotFound();
        }
        Map<Integer, Column> found = new HashMap<>();
        for (RawCell cell : filled) {
            Column column = columns.find(cell.text());
            if (column != null && !found.containsValue(column)) {
                found.put(cell.column(), column); // a repeated header: the first one counts
            }
        }
        if (found.size() < MIN_KNOWN_HEADERS) {
            return;
        }
        List<String> missing = columns.required().stream().filter(c -> !found.containsValue(c))
                .map(Column::header).toList();
        if (!missing.isEmpty()) {
            throw new SpreadsheetException(EnrollmentMessages.COLUMNS_MISSING, String.join("、", missing));
        }
        columnsByIndex = found;
        headerRow = rowNumber;
    }

    /** The data row, or null when none of our columns has anything in it. */
    private SheetRow dataRow(int rowNumber, List<RawCell> cells) {
        Map<String, String> texts = new LinkedHashMap<>();
        RowIssues issues = new RowIssues(rowNumber);
        for (RawCell cell : cells) {
            Column column = columnsByIndex.get(cell.column());
            if (column == null) {
                continue; // columns we do not know are ignored, also their formulas
            }
            switch (cell.kind()) {
                case FORMULA -> issues.add(column, EnrollmentMessages.CELL_FORMULA, column.header());
                case ERROR -> issues.add(column, EnrollmentMessages.CELL_ERROR, column.header(), cell.text());
                default -> {
                    String text = CellText.normalise(cell.text());
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (column.kind() == CellKind.ID_NUMBER && lostDigits(cell, text)) {
                        issues.add(column, EnrollmentMessages.ID_NUMBER_AS_NUMBER);
                    } else {
                        texts.put(column.header(), text);
                    }
                }
            }
        }
        if (texts.isEmpty() && issues.isEmpty()) {
            return null;
        }
        return new SheetRow(rowNumber, texts, issues.list());
    }

    /**
     * An ID number Excel stored as a number: shown in scientific notation, or with more
     * digits than a double holds exactly (15-digit legacy numbers survive).
     */
    private static boolean lostDigits(RawCell cell, String text) {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            return CellText.integerDigits(text) > 15 || text.contains(".");
        }
        return CellText.looksScientific(text);
    }

    private static boolean isNote(List<RawCell> cells) {
        if (cells.stream().noneMatch(c -> c.text() != null && c.text().contains(NOTE_MARK))) {
            return false; // cheap test first: this runs for every row
        }
        List<RawCell> filled = filled(cells);
        return filled.size() == 1 && CellText.normalise(filled.get(0).text()).startsWith(NOTE_MARK);
    }

    /** The cells with visible text (formulas have none). */
    private static List<RawCell> filled(List<RawCell> cells) {
        return cells.stream().filter(c -> c.text() != null && !CellText.normalise(c.text()).isEmpty()).toList();
    }

    private SpreadsheetException headerNotFound() {
        String examples = columns.required().stream().limit(3).map(c -> "“" + c.header() + "”")
                .collect(Collectors.joining("、"));
        return new SpreadsheetException(EnrollmentMessages.HEADER_NOT_FOUND, HEADER_SEARCH_ROWS, examples);
    }
}
