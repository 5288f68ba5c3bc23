package org.xueji.platform.testkit;

/** One committed audit row as the test sees it; {@code changes} is the map's text form. */
public record AuditRow(String action, String username, String role, String targetType, String targetId,
                       Long schoolId, String changes) {
}
