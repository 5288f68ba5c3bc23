package org.xueji.registry.api;

import java.time.Instant;

/**
 * One changed field of a student's record (R7): the values live here, in the registry, readable
 * with VIEW_STUDENT in the student's scope; the audit row ({@code auditEventId}) names only the
 * field, who and when.
 *
 * @param oldValue   {@code null} when the record was registered
 * @param auditEventId the audit row of the change (0 where the trail gives no number)
 */
public record StudentHistoryEntry(long studentId, String field, String oldValue, String newValue, String changedBy,
                                  Instant changedAt, long auditEventId) {
}
