package org.xueji.enrollment.service.internal.excel;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xueji.platform.documents.spreadsheet.XlsxWriter;
import org.xueji.registry.api.StudentData;

/**
 * One .xlsx of the national template being written row by row (platform-documents'
 * {@link XlsxWriter}: streamed, every cell text so ID numbers and codes survive editing).
 */
public final class StudentSheetWriter implements AutoCloseable {

    private final List<Column> columns;
    private final String watermark;
    private final XlsxWriter xlsx;
    private final XlsxWriter.Sheet sheet;
    private boolean done;

    StudentSheetWriter(OutputStream out, ColumnSet columnSet, String watermark) {
        this.columns = columnSet.columns();
        this.watermark = watermark == null || watermark.isBlank() ? null : watermark.strip();
        this.xlsx = new XlsxWriter(out);
        this.sheet = xlsx.sheet(TemplateWriter.DATA_SHEET);
        sheet.header(columns.stream().map(Column::header).toList(),
                columns.stream().mapToInt(StudentSheetWriter::width).toArray());
        new CodeSheet(xlsx).write();
        if (this.watermark != null) {
            sheet.pageHeaderAndFooter(this.watermark);
        }
    }

    /** Adds one student below the previous one. */
    public void add(StudentData data, String registryNumber, Integer gradeLevel, Integer classNumber) {
        if (done) {
            throw new IllegalStateException("already closed");
        }
        Map<Column, String> values = StudentCells.of(data, registryNumber, gradeLevel, classNumber);
        List<String> row = new ArrayList<>(columns.size());
        columns.forEach(column -> row.add(values.get(column)));
        sheet.row(row);
    }

    /** Students added so far. */
    public int rows() {
        return Math.max(0, sheet.rows() - 1);
    }

    /** Writes the workbook (watermark last) to the stream, which stays open; frees temporary files. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        if (watermark != null) {
            // a note row: the reader skips rows whose only cell starts with ※
            sheet.skip(1);
            sheet.row(List.of(SheetScanner.NOTE_MARK + " " + watermark));
        }
        xlsx.close();
    }

    /** Drops what was added without writing anything (after a failure). */
    public void discard() {
        if (!done) {
            done = true;
            xlsx.discard();
        }
    }

    /** Width in characters: the header (a CJK character counts two) or what the values need. */
    private static int width(Column column) {
        int header = XlsxWriter.displayWidth(column.header()) + 2;
        int values = switch (column.kind()) {
            case ID_NUMBER -> 21;
            case PHONE -> 14;
            case DATE -> 10;
            default -> column == NationalTemplate.HOUSEHOLD_ADDRESS || column == NationalTemplate.CURRENT_ADDRESS
                    ? 36 : 8;
        };
        return Math.min(Math.max(header, values), 60);
    }
}
