package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.SpreadsheetFormat;
/**
 * What a completed read found.
 *
 * @param headerRow row number of the header (1 unless a title row comes first)
 * @param dataRows  data rows passed to the handler (empty rows not counted)
 */
public record ReadSummary(SpreadsheetFormat format, int headerRow, int dataRows) {
}
