package org.xueji.enrollment.service.internal.excel;

import java.io.InputStream;
import java.util.Locale;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.enrollment.api.StudentImportService;
import org.xueji.platform.documents.spreadsheet.SheetReader;
import org.xueji.platform.documents.spreadsheet.SpreadsheetException;
import org.xueji.platform.documents.spreadsheet.SpreadsheetFormat;
import org.xueji.platform.documents.spreadsheet.SpreadsheetLimits;

/**
 * Reads the first sheet of an uploaded .xlsx, .xls or .csv (format found from the content)
 * and passes each data row to a handler, as text by column header. Streams: an .xlsx of
 * 100,000 rows is never held in memory. File format, size and the hardened limits are
 * platform-documents' {@link SheetReader}; this class finds the header and the columns.
 *
 * <p>File-level problems throw {@link SpreadsheetException}, possibly after some rows have
 * been handled (too many rows is only known at the end): a caller collects rows and
 * discards them when the read fails. Problems of single cells come with the row.
 *
 * <pre>{@code
 * SpreadsheetReader reader = new SpreadsheetReader(NationalTemplate.COLUMNS);
 * StudentRowParser parser = new StudentRowParser(schoolId, classes, today);
 * List<ParsedStudentRow> rows = new ArrayList<>();
 * reader.read(in, fileName, row -> rows.add(parser.parse(row)));
 * }</pre>
 */
public final class SpreadsheetReader {

    /** Rows besides the data rows a file may have: title rows, the header, a note row. */
    private static final int NON_DATA_ROWS = SheetScanner.HEADER_SEARCH_ROWS + 5;

    private final ColumnSet columns;
    private final int maxRows;
    private final SheetReader reader;

    /** With the limits of {@link StudentImportService}. */
    public SpreadsheetReader(ColumnSet columns) {
        this(columns, StudentImportService.MAX_FILE_BYTES, StudentImportService.MAX_ROWS);
    }

    public SpreadsheetReader(ColumnSet columns, long maxBytes, int maxRows) {
        this.columns = columns;
        this.maxRows = maxRows;
        this.reader = new SheetReader(SpreadsheetLimits.defaults().withMaxFileBytes(maxBytes)
                .withMaxRows(maxRows + NON_DATA_ROWS));
    }

    /**
     * Reads the file, calling the handler once per non-empty data row in file order.
     * Does not close the stream.
     *
     * @param fileName as uploaded, only used in messages
     * @throws SpreadsheetException when the file as a whole cannot be imported
     */
    public ReadSummary read(InputStream content, String fileName, RowHandler handler) {
        SheetScanner scanner = new SheetScanner(columns, maxRows, handler);
        SpreadsheetFormat format = reader.read(content, fileName, scanner);
        int rows = scanner.finish();
        return new ReadSummary(format, scanner.headerRow(), rows);
    }

    /** A refused file as an import report line (row 0 = the whole file), in Chinese. */
    public static ImportIssue fileIssue(SpreadsheetException e) {
        return new ImportIssue(0, null, e.message(Locale.SIMPLIFIED_CHINESE));
    }
}
