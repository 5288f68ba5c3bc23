package org.xueji.enrollment.api;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of an import (kept, so a school can look it up later).
 *
 * @param totalRows data rows read (header excluded)
 * @param validRows rows without errors
 * @param storedRows records created: 0, or validRows
 * @param issues   per-row problems, at most {@link #MAX_ISSUES} kept
 */
public record ImportReport(String batchId, long schoolId, String fileName, ImportMode mode, ImportStatus status,
                           int totalRows, int validRows, int storedRows, List<ImportIssue> issues,
                           Instant startedAt, Instant finishedAt, String startedBy) {

    public static final int MAX_ISSUES = 5_000;

    public ImportReport {
        issues = List.copyOf(issues);
    }
}
