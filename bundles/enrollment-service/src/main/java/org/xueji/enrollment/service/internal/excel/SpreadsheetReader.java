package org.xueji.enrollment.service.internal.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.StudentImportService;

/**
 * Reads the first sheet of an uploaded .xlsx, .xls or .csv (format found from the content)
 * and passes each data row to a handler, as text by column header. Streams: an .xlsx of
 * 100,000 rows is never held in memory.
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

    private static final String UNNAMED = "上传的文件";

    private final ColumnSet columns;
    private final long maxBytes;
    private final int maxRows;

    /** With the limits of {@link StudentImportService}. */
    public SpreadsheetReader(ColumnSet columns) {
        this(columns, StudentImportService.MAX_FILE_BYTES, StudentImportService.MAX_ROWS);
    }

    public SpreadsheetReader(ColumnSet columns, long maxBytes, int maxRows) {
        this.columns = columns;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /**
     * Reads the file, calling the handler once per non-empty data row in file order.
     * Does not close the stream.
     *
     * @param fileName as uploaded, only used in messages
     * @throws SpreadsheetException when the file as a whole cannot be imported
     */
    public ReadSummary read(InputStream content, String fileName, RowHandler handler) {
        String name = displayName(fileName);
        Path file = spool(content, name);
        try {
            SpreadsheetFormat format = FormatDetector.detect(file, name);
            SheetScanner scanner = new SheetScanner(columns, maxRows, handler);
            readSheet(format, file, name, scanner);
            int rows = scanner.finish();
            return new ReadSummary(format, scanner.headerRow(), rows);
        } catch (IOException e) {
            throw FormatDetector.unreadable(name, e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void readSheet(SpreadsheetFormat format, Path file, String name, SheetScanner scanner) {
        SheetSource source = switch (format) {
            case XLSX -> new XlsxSheetSource();
            case XLS -> new XlsSheetSource();
            case CSV -> new CsvSheetSource();
        };
        try {
            source.read(file, scanner);
        } catch (SpreadsheetException e) {
            throw e;
        } catch (SheetScanner.HandlerFailure e) {
            throw e.getCause();
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(EnrollmentMessages.FILE_ENCRYPTED, name);
        } catch (OldExcelFormatException e) {
            throw FormatDetector.unsupported(name, "Excel 95 或更早版本的文件，请用 Excel 另存为 .xlsx");
        } catch (Exception e) {
            // POI and commons-csv signal damaged files with many exception types; a parser
            // may also have wrapped one of ours
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SpreadsheetException spreadsheet) {
                    throw spreadsheet;
                }
                if (t instanceof SheetScanner.HandlerFailure failure) {
                    throw failure.getCause();
                }
            }
            throw FormatDetector.unreadable(name, e);
        }
    }

    /**
     * Copies the upload to a private temporary file (POI reads a file without inflating it
     * into memory), refusing it as soon as it passes the size limit.
     */
    private Path spool(InputStream content, String name) {
        Path file = null;
        try {
            file = Files.createTempFile("xueji-import-", ".tmp"); // owner-only permissions
            long copied = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = content.read(buffer)) != -1) {
                    copied += n;
                    if (copied > maxBytes) {
                        throw new SpreadsheetException(EnrollmentMessages.FILE_TOO_LARGE, name, size(maxBytes));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof SpreadsheetException spreadsheet) {
                throw spreadsheet;
            }
            throw FormatDetector.unreadable(name, e);
        }
    }

    /** The last part of the name: some browsers send a whole path. */
    static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return UNNAMED;
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        return name.isEmpty() ? UNNAMED : name;
    }

    /** "50 MB", "512 KB", "900 B". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
