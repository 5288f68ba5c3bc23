package org.xueji.platform.documents.spreadsheet;

/** The spreadsheet formats that can be read, as found from the file's content. */
public enum SpreadsheetFormat {
    /** Office Open XML workbook (Excel 2007 and later). */
    XLSX,
    /** BIFF8 workbook in an OLE2 container (Excel 97–2003, also WPS). */
    XLS,
    /** Comma- or tab-separated text, UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030. */
    CSV
}
