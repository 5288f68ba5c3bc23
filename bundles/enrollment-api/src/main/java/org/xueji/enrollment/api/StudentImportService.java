package org.xueji.enrollment.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.StudentQuery;

/**
 * Students in the national 学生基础信息 collection template: import (.xls, .xlsx or .csv,
 * columns found by their Chinese headers in any order, codes or labels) and export.
 */
public interface StudentImportService {

    /** Largest accepted upload. */
    long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** Most data rows in one file. */
    int MAX_ROWS = 200_000;

    /**
     * Imports into one school. Reads and checks every row first; then stores all rows, the
     * valid rows, or nothing, in one transaction. A stop mid-way (error, shutdown) stores
     * nothing. Runs in the caller's thread; audited.
     */
    ImportReport importStudents(Actor actor, long schoolId, String fileName, InputStream content, ImportMode mode,
                                ImportProgress progress);

    /** Recent imports of a school (all schools for district actors when null), newest first. */
    List<ImportReport> recentImports(Actor actor, Long schoolId, int limit);

    ImportReport report(Actor actor, String batchId);

    /** An empty .xlsx template with the headers and a sheet of codes. */
    void writeTemplate(OutputStream out);

    /**
     * Exports the students matching {@code query} as .xlsx in the template's layout (codes).
     * Personal data: uses one download of an approved data release (R4) and carries its
     * watermark. The release is checked here: a school or grade it does not cover is refused
     * before anything is written; without a grade in the query only the release's grades are
     * written; only the columns of its field groups are written (BASIC required). Returns the
     * number of students written.
     */
    int exportStudents(Actor actor, StudentQuery query, long releaseId, OutputStream out);
}
