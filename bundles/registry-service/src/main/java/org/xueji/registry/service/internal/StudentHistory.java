package org.xueji.registry.service.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.registry.api.StudentHistoryEntry;

/**
 * R7: a student's changes, split at their cause. The audit row names the changed fields
 * ({@code fields: [address, idNumber]}), who and when — what the auditor may see; the values
 * go to REG_STUDENT_HISTORY in the same transaction, pointing at that audit row.
 */
final class StudentHistory {

    /** Longest value kept (the column's size); longer values are cut and marked. */
    static final int VALUE_MAX = 1000;

    /** Appends the audit row without values, then the values to the history. */
    static void record(EntityManager em, AuditTrail audit, AuditEvent event, long studentId,
                       List<RecordDiff.Change> changes, Instant now) {
        // a set, not a list: the audit text reads a two-item list as "before → after"
        long auditId = audit.appendNumbered(em, event.withChanges(Map.of("fields",
                new TreeSet<>(RecordDiff.fields(changes)))));
        for (RecordDiff.Change c : changes) {
            em.createNativeQuery("INSERT INTO REG_STUDENT_HISTORY (STUDENT_ID, FIELD, OLD_VALUE, NEW_VALUE, CHANGED_BY, "
                            + "CHANGED_AT, AUDIT_EVENT_ID) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, studentId)
                    .setParameter(2, c.field())
                    // "" for "none": a bare null bind has no SQL type in a native query
                    .setParameter(3, cut(c.before()))
                    .setParameter(4, cut(c.after()))
                    .setParameter(5, event.actor().username())
                    .setParameter(6, Timestamp.from(now))
                    .setParameter(7, auditId)
                    .executeUpdate();
        }
    }

    /** Oldest first. */
    static List<StudentHistoryEntry> read(EntityManager em, long studentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT FIELD, OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT, "
                        + "AUDIT_EVENT_ID FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = ? ORDER BY ID")
                .setParameter(1, studentId).getResultList();
        List<StudentHistoryEntry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            entries.add(new StudentHistoryEntry(studentId, (String) r[0], emptyToNull((String) r[1]),
                    emptyToNull((String) r[2]), (String) r[3], ((Timestamp) r[4]).toInstant(),
                    ((Number) r[5]).longValue()));
        }
        return entries;
    }

    static String cut(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private StudentHistory() {
    }
}
