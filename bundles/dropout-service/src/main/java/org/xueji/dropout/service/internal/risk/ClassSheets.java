package org.xueji.dropout.service.internal.risk;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.documents.spreadsheet.RawCell;
import org.xueji.platform.documents.spreadsheet.SheetReader;
import org.xueji.platform.documents.spreadsheet.SpreadsheetLimits;

/**
 * Reads a class's sheet (attendance of a month, grades of a term) into rows of cell texts with
 * the platform's {@code SheetReader} (format judged by content, limits for a class: 5 MB, 200
 * rows, 40 columns, 100 characters a cell).
 */
public final class ClassSheets {

    private static final SheetReader READER = new SheetReader(SpreadsheetLimits.defaults()
            .withMaxFileBytes(5L * 1024 * 1024).withMaxRows(200).withMaxCellsPerRow(40).withMaxCellChars(100));

    private ClassSheets() {
    }

    /** Rows of texts, blank cells filled in with "" up to the last cell of each row. */
    public static List<List<String>> read(InputStream content, String fileName) {
        List<List<String>> cells = new ArrayList<>();
        READER.read(content, fileName, (rowNumber, raw) -> {
            List<String> line = new ArrayList<>();
            for (RawCell cell : raw) {
                while (line.size() < cell.column()) {
                    line.add("");
                }
                line.add(cell.column(), cell.text() == null ? "" : cell.text());
            }
            cells.add(line);
        });
        return cells;
    }
}
