package org.xueji.ui.admin;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.xueji.platform.api.audit.AuditQuery;

/**
 * The filters of the audit view as typed (R7): person, school, student, action and a time
 * range in local time, turned into an {@link AuditQuery}.
 *
 * @param username  account name of the person who acted
 * @param schoolId  the school the operation concerned
 * @param studentId a student's id: finds operations on that student (target type {@code student})
 * @param action    an action name such as {@code student.update}; a trailing {@code *} asks for a prefix
 * @param from      first minute, inclusive
 * @param to        last minute, inclusive (up to its 59.999… second)
 */
public record AuditFilter(String username, Long schoolId, String studentId, String action, LocalDateTime from,
                          LocalDateTime to) {

    /** Target type of student records in the audit trail. */
    public static final String STUDENT = "student";

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        username = clean(username);
        studentId = clean(studentId);
        action = clean(action);
    }

    /** Whether the range is usable ({@code from} not after {@code to}). */
    public boolean rangeValid() {
        return from == null || to == null || !from.isAfter(to);
    }

    public AuditQuery toQuery(ZoneId zone) {
        return new AuditQuery(username, schoolId, action, studentId == null ? null : STUDENT, studentId,
                from == null ? null : from.truncatedTo(ChronoUnit.MINUTES).atZone(zone).toInstant(),
                to == null ? null
                        : to.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1).minusNanos(1).atZone(zone).toInstant());
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip();
        return v.isEmpty() ? null : v;
    }
}
