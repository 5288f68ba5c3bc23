package org.xueji.enrollment.service.internal.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds test files in memory. Rows are lists of cells: a String is a text cell, a Number
 * a numeric cell, a LocalDate a date-formatted cell, a {@link Formula} a formula, null a
 * blank cell.
 */
final class Workbooks {

    /** A formula cell, e.g. {@code new Formula("DATE(2019,3,14)")}. */
    record Formula(String expression) {
    }

    private Workbooks() {
    }

    static byte[] xlsx(List<List<Object>> rows) {
        return write(new XSSFWorkbook(), rows);
    }

    /** Streaming-written .xlsx (inline strings, as SXSSF writes them). */
    static byte[] sxssf(List<List<Object>> rows) {
        return write(new SXSSFWorkbook(100), rows); // closing deletes its temporary files
    }

    static byte[] xls(List<List<Object>> rows) {
        return write(new HSSFWorkbook(), rows);
    }

    static byte[] csv(List<List<Object>> rows, Charset charset, boolean bom) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, charset);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            if (bom) {
                writer.write('\uFEFF');
            }
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] write(Workbook workbook, List<List<Object>> rows) {
        try (workbook) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Formula f) {
                        cell.setCellFormula(f.expression());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
