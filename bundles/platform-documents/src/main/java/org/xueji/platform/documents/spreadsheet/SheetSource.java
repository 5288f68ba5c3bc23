package org.xueji.platform.documents.spreadsheet;

import java.nio.file.Path;

/** Reads the first sheet of one file format, row by row. */
interface SheetSource {

    /**
     * Feeds every row of the first sheet to the sink. Exceptions other than
     * {@link SpreadsheetException} mean the file could not be read.
     */
    void read(Path file, String fileName, SpreadsheetLimits limits, RawRowSink sink) throws Exception;
}
