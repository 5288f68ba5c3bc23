package org.xueji.enrollment.service.internal.excel;

import java.util.List;
import java.util.Map;
import org.xueji.enrollment.api.ImportIssue;

/**
 * One data row of a sheet.
 *
 * @param number row number as Excel shows it (header row included in the count)
 * @param cells  normalised text by column header ({@link Column#header()}, aliases
 *               resolved); only non-empty cells of known columns, and none whose cell was
 *               refused (a formula, an ID number stored as a number …)
 * @param issues the refused cells, one issue each
 */
public record SheetRow(int number, Map<String, String> cells, List<ImportIssue> issues) {

    public SheetRow {
        cells = Map.copyOf(cells);
        issues = List.copyOf(issues);
    }

    /** The cell's text, or null when empty, refused or the column is absent. */
    public String text(Column column) {
        return cells.get(column.header());
    }
}
