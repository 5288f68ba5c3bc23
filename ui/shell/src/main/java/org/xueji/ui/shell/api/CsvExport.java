package org.xueji.ui.shell.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files of the console's exports (R4), written with Apache Commons CSV for Excel:
 * UTF-8 with a byte-order mark (Chinese text), CRLF, quoting where needed. Cells a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) get a
 * leading apostrophe, since exported text was typed by somebody. The last line is the
 * watermark of the data-release request that allowed the export.
 */
public final class CsvExport {

    public static byte[] write(List<String> header, Iterable<? extends List<?>> rows, String watermark) {
        if (watermark == null || watermark.isBlank()) {
            throw new IllegalArgumentException("an export carries the watermark of its data-release request (R4)");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // the byte-order mark must come before the header the printer writes on creation
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder()
                     .setHeader(header.stream().map(CsvExport::cell).toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(cell(value == null ? null : value.toString()));
                }
                csv.printRecord(cells);
            }
            csv.printRecord(oneLine(watermark));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A cell as written: formula triggers neutralised. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** The watermark stays one line, the file's last: control characters become spaces. */
    static String oneLine(String watermark) {
        StringBuilder b = new StringBuilder(watermark.length());
        watermark.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString().strip();
    }

    private CsvExport() {
    }
}
