package org.xueji.registry.api;

import java.util.List;

/**
 * An export's content (R4): only the columns the release approved, the rows within its
 * scope, and the watermark the file must end with.
 *
 * @param header    column titles in Chinese
 * @param rows      one list of cell texts per student, in the header's order
 * @param releaseId the data release that allowed it
 * @param watermark {@code DataRelease#watermark()} of that release
 */
public record StudentExport(List<String> header, List<List<String>> rows, long releaseId, String watermark) {

    public StudentExport {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
