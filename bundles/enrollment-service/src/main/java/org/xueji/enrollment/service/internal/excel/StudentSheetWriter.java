package org.xueji.enrollment.service.internal.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xueji.registry.api.StudentData;

/**
 * One .xlsx being written row by row. Every cell is text ("@"): ID numbers, phone numbers,
 * codes with leading zeros and yyyyMMdd dates then survive when people edit the file, as
 * Excel would otherwise turn them into numbers.
 */
public final class StudentSheetWriter implements AutoCloseable {

    /** Rows kept in memory; the rest is flushed to a (compressed) temporary file. */
    private static final int WINDOW = 200;

    private final OutputStream out;
    private final List<Column> columns;
    private final String watermark;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle textStyle;
    private int nextRow;
    private boolean done;

    StudentSheetWriter(OutputStream out, ColumnSet columnSet, String watermark) {
        this.out = out;
        this.columns = columnSet.columns();
        this.watermark = watermark == null || watermark.isBlank() ? null : watermark.strip();
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true); // personal data: keep the temporary file small and not plain text
        this.textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        this.sheet = workbook.createSheet(TemplateWriter.DATA_SHEET);
        writeHeader();
        new CodeSheet(workbook, textStyle).write();
        if (this.watermark != null) {
            String escaped = this.watermark.replace("&", "&&"); // & starts a header code in Excel
            sheet.getHeader().setCenter(escaped);
            sheet.getFooter().setCenter(escaped);
        }
    }

    /** Adds one student below the previous one. */
    public void add(StudentData data, String registryNumber, Integer gradeLevel, Integer classNumber) {
        if (done) {
            throw new IllegalStateException("already closed");
        }
        Map<Column, String> values = StudentCells.of(data, registryNumber, gradeLevel, classNumber);
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            String value = values.get(columns.get(i));
            if (value != null) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(textStyle);
                cell.setCellValue(value);
            }
        }
    }

    /** Students added so far. */
    public int rows() {
        return Math.max(0, nextRow - 1);
    }

    /** Writes the workbook (watermark last) to the stream, which stays open; frees temporary files. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            if (watermark != null) {
                // a note row: the reader skips rows whose only cell starts with ※
                sheet.createRow(nextRow + 1).createCell(0).setCellValue(SheetScanner.NOTE_MARK + " " + watermark);
            }
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

    private void writeHeader() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setDataFormat(textStyle.getDataFormat());
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellStyle(headerStyle);
            cell.setCellValue(column.header());
            sheet.setDefaultColumnStyle(i, textStyle); // what people type later stays text too
            sheet.setColumnWidth(i, width(column) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Width in characters: the header (a CJK character counts two) or what the values need. */
    private static int width(Column column) {
        int header = column.header().codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum() + 2;
        int values = switch (column.kind()) {
            case ID_NUMBER -> 21;
            case PHONE -> 14;
            case DATE -> 10;
            default -> column == NationalTemplate.HOUSEHOLD_ADDRESS || column == NationalTemplate.CURRENT_ADDRESS
                    ? 36 : 8;
        };
        return Math.min(Math.max(header, values), 60);
    }

    private void release() {
        try {
            workbook.close(); // since POI 5.3 also deletes the temporary files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
