package org.xueji.platform.documents.spreadsheet;

import java.util.List;

/** Receives the rows of the first sheet in order, from whichever file format. */
@FunctionalInterface
public interface RawRowSink {

    /**
     * @param rowNumber 1-based, as Excel shows it
     * @param cells     the non-blank cells, in column order
     */
    void row(int rowNumber, List<RawCell> cells);
}
