package org.xueji.enrollment.api;

import java.time.Instant;

/**
 * A stored finding of a school's check and its resolution.
 *
 * @param studentId null for 人在籍不在
 * @param idNumber  masked for display (first 6 and last 4 characters)
 */
public record Discrepancy(long id, long verificationId, DiscrepancyKind kind, Long studentId, String name,
                          String idNumber, Integer gradeLevel, Integer classNumber, String field,
                          String registryValue, String rosterValue, ResolutionKind resolution,
                          String resolutionNote, String resolvedBy, Instant resolvedAt) {

    public boolean resolved() {
        return resolution != null;
    }
}
