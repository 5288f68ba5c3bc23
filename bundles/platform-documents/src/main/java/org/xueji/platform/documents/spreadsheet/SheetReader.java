package org.xueji.platform.documents.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.xueji.platform.documents.DocumentMessages;

/**
 * Reads the first sheet of an uploaded .xlsx, .xls or .csv (format found from the content,
 * never from the name) and passes each non-blank row to a sink as raw cells. Streams: an
 * .xlsx of 100,000 rows is never held in memory. Every {@link SpreadsheetLimits limit} is
 * checked while reading; the first one passed refuses the whole file.
 *
 * <p>File-level problems throw {@link SpreadsheetException}, possibly after some rows have
 * been passed on (a limit is only passed part-way): a caller collects rows and discards them
 * when the read fails. Exceptions thrown by the sink come out unchanged.
 *
 * <pre>{@code
 * SheetReader reader = new SheetReader(SpreadsheetLimits.defaults().withMaxRows(10_010));
 * List<List<RawCell>> rows = new ArrayList<>();
 * SpreadsheetFormat format = reader.read(upload, "名单.xlsx", (number, cells) -> rows.add(cells));
 * }</pre>
 */
public final class SheetReader {

    private static final String UNNAMED = "上传的文件";

    private final SpreadsheetLimits limits;

    public SheetReader(SpreadsheetLimits limits) {
        this.limits = limits;
    }

    public SpreadsheetLimits limits() {
        return limits;
    }

    /**
     * Reads the file, calling the sink once per row with cells, in file order. Does not close
     * the stream.
     *
     * @param fileName as uploaded, only used in messages
     * @return the format found from the content
     * @throws SpreadsheetException when the file as a whole cannot be read
     */
    public SpreadsheetFormat read(InputStream content, String fileName, RawRowSink sink) {
        String name = displayName(fileName);
        Path file = spool(content, name);
        try {
            SpreadsheetFormat format = FormatDetector.detect(file, name, limits);
            readSheet(format, file, name, new LimitingSink(name, limits, sink));
            return format;
        } catch (IOException e) {
            throw FormatDetector.unreadable(name, e);
        } finally {
            deleteQuietly(file);
        }
    }

    private void readSheet(SpreadsheetFormat format, Path file, String name, RawRowSink sink) {
        SheetSource source = switch (format) {
            case XLSX -> new XlsxSheetSource();
            case XLS -> new XlsSheetSource();
            case CSV -> new CsvSheetSource();
        };
        try {
            source.read(file, name, limits, sink);
        } catch (SpreadsheetException e) {
            throw e;
        } catch (LimitingSink.SinkFailure e) {
            throw e.getCause();
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(DocumentMessages.FILE_ENCRYPTED, name);
        } catch (OldExcelFormatException e) {
            throw FormatDetector.unsupported(name, DocumentMessages.LOOKS_EXCEL95);
        } catch (Exception e) {
            // POI and commons-csv signal damaged files with many exception types; a parser
            // may also have wrapped one of ours
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SpreadsheetException spreadsheet) {
                    throw spreadsheet;
                }
                if (t instanceof LimitingSink.SinkFailure failure) {
                    throw failure.getCause();
                }
                String message = t.getMessage();
                if (message != null && message.contains("Zip bomb detected")) {
                    throw message.contains("max size")
                            ? new SpreadsheetException(DocumentMessages.ENTRY_TOO_LARGE, name, size(limits.maxEntryBytes()))
                            : new SpreadsheetException(DocumentMessages.ZIP_BOMB, name);
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
                    if (copied > limits.maxFileBytes()) {
                        throw new SpreadsheetException(DocumentMessages.FILE_TOO_LARGE, name,
                                size(limits.maxFileBytes()));
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
    public static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return UNNAMED;
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        return name.isEmpty() ? UNNAMED : name;
    }

    /** "50 MB", "512 KB", "900 B". */
    public static String size(long bytes) {
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
