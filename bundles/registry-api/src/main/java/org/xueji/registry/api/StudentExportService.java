package org.xueji.registry.api;

import org.xueji.platform.api.Actor;

/**
 * The student list export (学生查询 → 导出 CSV) under its data release (R4): the release is
 * checked and one of its downloads used here, in the service producing the rows, never in a
 * view.
 */
public interface StudentExportService {

    /** Rows at most in one export; a broader search is asked to narrow down. */
    int MAX_ROWS = 50_000;

    /**
     * The students of the search within the release's scope. Needs EXPORT_DATA; a school
     * user's export is of their own school. Refused (audited, no download used) when the
     * release is not usable by the actor, or the search names a school or grade the release
     * does not cover; when the search names no grade, only students of the release's grades
     * are given (students without a class are left out). Columns are those of the release's
     * field groups (BASIC is required). Uses one download of the release (audited).
     */
    StudentExport exportList(Actor actor, StudentQuery query, long releaseId);
}
