package org.xueji.platform.api.audit;

import java.time.Instant;

/** Filters of the auditor view; every field optional. {@code targetId} with type "student" finds a student. */
public record AuditQuery(String username, Long schoolId, String action, String targetType, String targetId,
                         Instant from, Instant to) {
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
