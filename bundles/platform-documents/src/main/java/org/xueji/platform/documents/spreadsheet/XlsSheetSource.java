package org.xueji.platform.documents.spreadsheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the first sheet of an .xls (Excel 97–2003, WPS). Loads the workbook, which is
 * fine: the format holds at most 65,536 rows.
 */
final class XlsSheetSource implements SheetSource {

    @Override
    public void read(Path file, String fileName, SpreadsheetLimits limits, RawRowSink sink) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            if (workbook.getNumberOfSheets() == 0) {
                return;
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                sink.row(row.getRowNum() + 1, cells(row));
            }
        }
    }

    private static List<RawCell> cells(Row row) {
        List<RawCell> cells = new ArrayList<>();
        for (Cell cell : row) {
            RawCell raw = cell(cell);
            if (raw != null) {
                cells.add(raw);
            }
        }
        return cells;
    }

    private static RawCell cell(Cell cell) {
        int column = cell.getColumnIndex();
        return switch (cell.getCellType()) {
            case STRING -> RawCell.text(column, cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new RawCell(column, RawCell.Kind.DATE, cell.getLocalDateTimeCellValue().toLocalDate().toString())
                    : new RawCell(column, RawCell.Kind.NUMBER, CellText.formatNumber(cell.getNumericCellValue()));
            case BOOLEAN -> new RawCell(column, RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "是" : "否");
            case FORMULA -> new RawCell(column, RawCell.Kind.FORMULA, null);
            case ERROR -> new RawCell(column, RawCell.Kind.ERROR, errorText(cell.getErrorCellValue()));
            default -> null; // blank
        };
    }

    private static String errorText(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#" + code;
    }
}
