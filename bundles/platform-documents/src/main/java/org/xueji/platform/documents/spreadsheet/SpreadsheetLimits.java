package org.xueji.platform.documents.spreadsheet;

/**
 * What a read accepts at most; a file beyond any limit is refused as a whole, as soon as the
 * limit is passed, with a message naming it.
 *
 * @param maxFileBytes     size of the uploaded file
 * @param maxRows          rows with at least one cell (header and title rows included)
 * @param maxCellsPerRow   non-blank cells of one row
 * @param maxCellChars     characters of one cell (also of one shared string)
 * @param maxSharedStrings entries of an .xlsx shared-strings table
 * @param maxEntryBytes    expanded size of one part of an .xlsx (POI {@code ZipSecureFile})
 * @param maxTextChars     characters of all cells and shared strings together
 * @param minInflateRatio  compressed ÷ expanded size below which an .xlsx part is a zip bomb
 * @param maxTotalBytes    expanded size of all parts of an .xlsx together (a bomb spread over many parts)
 */
public record SpreadsheetLimits(long maxFileBytes, int maxRows, int maxCellsPerRow, int maxCellChars,
        int maxSharedStrings, long maxEntryBytes, long maxTextChars, double minInflateRatio, long maxTotalBytes) {

    /**
     * Generous for any school's file, far below what would hurt the server: 50 MB, 200,000 rows,
     * 256 cells a row, 32,767 characters a cell (Excel's own maximum), 1,000,000 shared strings,
     * 500 MB per expanded part, 100 million characters of text, inflation ratio 1 % (POI's default),
     * 1 GB for all parts together.
     */
    public static SpreadsheetLimits defaults() {
        return new SpreadsheetLimits(50L * 1024 * 1024, 200_000, 256, 32_767, 1_000_000,
                500L * 1024 * 1024, 100_000_000L, 0.01, 1024L * 1024 * 1024);
    }

    public SpreadsheetLimits {
        if (maxFileBytes <= 0 || maxRows <= 0 || maxCellsPerRow <= 0 || maxCellChars <= 0 || maxSharedStrings <= 0
                || maxEntryBytes <= 0 || maxTextChars <= 0 || minInflateRatio <= 0 || minInflateRatio >= 1
                || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive (ratio between 0 and 1)");
        }
    }

    public SpreadsheetLimits withMaxFileBytes(long value) {
        return new SpreadsheetLimits(value, maxRows, maxCellsPerRow, maxCellChars, maxSharedStrings, maxEntryBytes,
                maxTextChars, minInflateRatio, maxTotalBytes);
    }

    public SpreadsheetLimits withMaxRows(int value) {
        return new SpreadsheetLimits(maxFileBytes, value, maxCellsPerRow, maxCellChars, maxSharedStrings,
                maxEntryBytes, maxTextChars, minInflateRatio, maxTotalBytes);
    }

    public SpreadsheetLimits withMaxCellsPerRow(int value) {
        return new SpreadsheetLimits(maxFileBytes, maxRows, value, maxCellChars, maxSharedStrings, maxEntryBytes,
                maxTextChars, minInflateRatio, maxTotalBytes);
    }

    public SpreadsheetLimits withMaxCellChars(int value) {
        return new SpreadsheetLimits(maxFileBytes, maxRows, maxCellsPerRow, value, maxSharedStrings, maxEntryBytes,
                maxTextChars, minInflateRatio, maxTotalBytes);
    }

    public SpreadsheetLimits withMaxSharedStrings(int value) {
        return new SpreadsheetLimits(maxFileBytes, maxRows, maxCellsPerRow, maxCellChars, value, maxEntryBytes,
                maxTextChars, minInflateRatio, maxTotalBytes);
    }

    public SpreadsheetLimits withMaxEntryBytes(long value) {
        return new SpreadsheetLimits(maxFileBytes, maxRows, maxCellsPerRow, maxCellChars, maxSharedStrings, value,
                maxTextChars, minInflateRatio, maxTotalBytes);
    }

    public SpreadsheetLimits withMinInflateRatio(double value) {
        return new SpreadsheetLimits(maxFileBytes, maxRows, maxCellsPerRow, maxCellChars, maxSharedStrings,
                maxEntryBytes, maxTextChars, value, maxTotalBytes);
    }

    public SpreadsheetLimits withMaxTotalBytes(long value) {
        return new SpreadsheetLimits(maxFileBytes, maxRows, maxCellsPerRow, maxCellChars, maxSharedStrings,
                maxEntryBytes, maxTextChars, minInflateRatio, value);
    }
}
