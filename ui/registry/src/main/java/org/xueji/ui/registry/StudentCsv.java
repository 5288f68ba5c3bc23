package org.xueji.ui.registry;

import org.xueji.registry.api.StudentExport;
import org.xueji.ui.shell.api.CsvExport;

/**
 * The CSV of a student list export: the columns and rows the release allowed (chosen by the
 * student export service, R4); its last line names the data-release request.
 */
final class StudentCsv {

    static byte[] write(StudentExport export) {
        return CsvExport.write(export.header(), export.rows(), export.watermark());
    }

    private StudentCsv() {
    }
}
