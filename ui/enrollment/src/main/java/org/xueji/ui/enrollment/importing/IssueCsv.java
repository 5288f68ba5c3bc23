package org.xueji.ui.enrollment.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.xueji.enrollment.api.ImportIssue;

/**
 * The issue list of an import as CSV for Excel (UTF-8 with byte-order mark, CRLF), so that
 * the school can fix its file row by row. It holds row numbers, column headers and messages,
 * no records, so it needs no data release. Cells a spreadsheet would run as a formula get a
 * leading apostrophe: messages may quote what somebody typed into the file.
 */
final class IssueCsv {

    static byte[] write(List<ImportIssue> issues, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String[] header = {ImportUiText.COL_ROW.format(locale), ImportUiText.COL_COLUMN.format(locale),
            ImportUiText.COL_PROBLEM.format(locale)};
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(header).get())) {
            for (ImportIssue issue : issues) {
                csv.printRecord(rowText(issue.row(), locale), cell(issue.column()), cell(issue.message()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Row 0 is the whole file. */
    static String rowText(int row, Locale locale) {
        return row <= 0 ? ImportUiText.WHOLE_FILE.format(locale) : String.valueOf(row);
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

    private IssueCsv() {
    }
}
