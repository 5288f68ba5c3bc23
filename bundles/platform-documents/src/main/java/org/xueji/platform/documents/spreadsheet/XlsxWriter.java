package org.xueji.platform.documents.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an .xlsx row by row (POI SXSSF: only a window of rows in memory, the rest in a
 * compressed temporary file, so 100,000 rows are fine). Every cell is text ("@"): ID numbers,
 * phone numbers, codes with leading zeros and yyyyMMdd dates survive when people edit the
 * file, as Excel would otherwise turn them into numbers.
 *
 * <pre>{@code
 * try (XlsxWriter xlsx = new XlsxWriter(out)) {
 *     XlsxWriter.Sheet sheet = xlsx.sheet("学生");
 *     sheet.header(List.of("姓名", "身份证件号"), new int[] {8, 21});
 *     sheet.row(List.of("张三", "110105201903140011"));
 * } // close() writes the workbook; discard() instead after a failure
 * }</pre>
 */
public final class XlsxWriter implements AutoCloseable {

    /** Rows kept in memory; the rest is flushed to a (compressed) temporary file. */
    private static final int WINDOW = 200;
    /** Excel's widest column, in characters. */
    private static final int MAX_WIDTH = 255;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final CellStyle textStyle;
    private final CellStyle headerStyle;
    private boolean done;

    /** Strings written inline in each cell (smaller memory); the stream stays open after {@link #close()}. */
    public XlsxWriter(OutputStream out) {
        this(out, false);
    }

    /**
     * @param sharedStrings true for a shared-strings table, as Excel and WPS save files (the
     *                      table is held in memory); false for inline strings
     */
    public XlsxWriter(OutputStream out, boolean sharedStrings) {
        this.out = out;
        // personal data: the temporary file is compressed, so small and not plain text
        this.workbook = new SXSSFWorkbook(null, WINDOW, true, sharedStrings);
        this.textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setDataFormat(textStyle.getDataFormat());
    }

    /** Adds a sheet after the existing ones. */
    public Sheet sheet(String name) {
        requireOpen();
        return new Sheet(workbook.createSheet(name));
    }

    /** Writes the workbook to the stream and frees the temporary files. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release();
        }
    }

    /** Drops what was added without writing anything (after a failure). */
    public void discard() {
        if (!done) {
            done = true;
            release();
        }
    }

    private void release() {
        try {
            workbook.close(); // since POI 5.3 also deletes the temporary files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireOpen() {
        if (done) {
            throw new IllegalStateException("already closed");
        }
    }

    /** The width a column needs for a text in characters, a CJK character counting two. */
    public static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }

    /** One sheet being written, top to bottom. */
    public final class Sheet {

        private final SXSSFSheet sheet;
        private int nextRow;

        private Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        /**
         * A bold header row that stays in view (frozen), with these column widths in
         * characters; whatever people type later in these columns stays text too.
         */
        public Sheet header(List<String> titles, int[] widths) {
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < titles.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(headerStyle);
                cell.setCellValue(titles.get(i));
                sheet.setDefaultColumnStyle(i, textStyle);
                if (i < widths.length) {
                    sheet.setColumnWidth(i, Math.min(widths[i], MAX_WIDTH) * 256);
                }
            }
            sheet.createFreezePane(0, 1);
            return this;
        }

        /** Text in the centre of every printed page's header and footer. */
        public Sheet pageHeaderAndFooter(String text) {
            String escaped = text.replace("&", "&&"); // & starts a header code in Excel
            sheet.getHeader().setCenter(escaped);
            sheet.getFooter().setCenter(escaped);
            return this;
        }

        /** A row of text cells below the previous one; null values leave the cell blank. */
        public void row(List<String> values) {
            requireOpen();
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (value != null) {
                    Cell cell = row.createCell(i);
                    cell.setCellStyle(textStyle);
                    cell.setCellValue(value);
                }
            }
        }

        /** Leaves rows empty. */
        public void skip(int rows) {
            nextRow += rows;
        }

        /** Rows written so far, header included. */
        public int rows() {
            return nextRow;
        }
    }
}
