package org.xueji.platform.documents.spreadsheet;

import java.util.List;
import org.xueji.platform.documents.DocumentMessages;

/**
 * Enforces the row, cell and text limits for every format before the caller's sink sees a
 * row, and carries the caller's exceptions through the format's parser untouched.
 */
final class LimitingSink implements RawRowSink {

    private final String fileName;
    private final SpreadsheetLimits limits;
    private final RawRowSink target;
    private int rows;
    private long textChars;

    LimitingSink(String fileName, SpreadsheetLimits limits, RawRowSink target) {
        this.fileName = fileName;
        this.limits = limits;
        this.target = target;
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        if (cells.isEmpty()) {
            return; // rows that only carry a style or height
        }
        if (++rows > limits.maxRows()) {
            throw new SpreadsheetException(DocumentMessages.TOO_MANY_ROWS, String.valueOf(limits.maxRows()));
        }
        checkCellCount(rowNumber, cells.size(), limits);
        for (RawCell cell : cells) {
            if (cell.text() != null) {
                checkCellLength(rowNumber, cell.column(), cell.text().length(), limits);
                textChars += cell.text().length();
            }
        }
        if (textChars > limits.maxTextChars()) {
            throw new SpreadsheetException(DocumentMessages.TEXT_TOO_LARGE, fileName, limits.maxTextChars());
        }
        try {
            target.row(rowNumber, cells);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    static void checkCellCount(int rowNumber, int cells, SpreadsheetLimits limits) {
        if (cells > limits.maxCellsPerRow()) {
            throw new SpreadsheetException(DocumentMessages.TOO_MANY_CELLS, rowNumber, limits.maxCellsPerRow());
        }
    }

    static void checkCellLength(int rowNumber, int column, int length, SpreadsheetLimits limits) {
        if (length > limits.maxCellChars()) {
            throw new SpreadsheetException(DocumentMessages.CELL_TOO_LONG, rowNumber, columnLetters(column),
                    limits.maxCellChars());
        }
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** An exception of the caller's sink, carried through the parser untouched. */
    static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
