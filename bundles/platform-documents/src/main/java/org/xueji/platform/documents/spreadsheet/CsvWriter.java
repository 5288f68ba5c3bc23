package org.xueji.platform.documents.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV as Excel on Chinese Windows opens it correctly: UTF-8 with a byte-order mark,
 * RFC 4180 quoting, CRLF line ends. Null values are empty cells.
 */
public final class CsvWriter implements AutoCloseable {

    private final CSVPrinter printer;

    /** The stream is closed with the writer. */
    public CsvWriter(OutputStream out) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<String> values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
