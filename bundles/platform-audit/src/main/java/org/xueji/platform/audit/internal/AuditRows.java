package org.xueji.platform.audit.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;

/** Reads AUD_EVENT / AUD_HEAD with plain SQL and bound parameters. */
final class AuditRows {

    static final String COLUMNS = "ID, CAST(EVENT_TIME AS VARCHAR(40)), USERNAME, DISPLAY_NAME, ROLE, SCHOOL_ID, "
            + "ACTION, TARGET_TYPE, TARGET_ID, CHANGES, CLIENT_ADDRESS, PREVIOUS_HASH, HASH";

    /** The next rows after {@code afterId}, in ID (chain) order. */
    static List<AuditRecord> chunk(EntityManager em, long afterId, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM AUD_EVENT WHERE ID > ? ORDER BY ID")
                .setParameter(1, afterId).setMaxResults(size).getResultList();
        return map(rows);
    }

    /** {@code LAST_ID, LAST_HASH, HEAD_MAC} of the head. */
    static Object[] head(EntityManager em) {
        Object[] head = (Object[]) em.createNativeQuery("SELECT LAST_ID, LAST_HASH, HEAD_MAC FROM AUD_HEAD WHERE ID = 1")
                .getSingleResult();
        return new Object[] {((Number) head[0]).longValue(), (String) head[1], (String) head[2]};
    }

    static long count(EntityManager em, AuditQuery query, Long forcedSchool) {
        Where where = where(query, forcedSchool);
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM AUD_EVENT" + where.sql);
        where.bind(q);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Newest first. */
    static List<AuditRecord> search(EntityManager em, AuditQuery query, Long forcedSchool, int offset, int limit) {
        Where where = where(query, forcedSchool);
        Query q = em.createNativeQuery("SELECT " + COLUMNS + " FROM AUD_EVENT" + where.sql + " ORDER BY ID DESC");
        where.bind(q);
        if (offset > 0) {
            q.setFirstResult(offset);
        }
        q.setMaxResults(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return map(rows);
    }

    private static Where where(AuditQuery query, Long forcedSchool) {
        Where w = new Where();
        w.eq("USERNAME", blankToNull(query.username()));
        w.eq("SCHOOL_ID", forcedSchool != null ? forcedSchool : query.schoolId());
        // exact: each filter is the leading column of an index ending in ID DESC, so the newest
        // page is read straight from the index on millions of rows (a LIKE prefix is not)
        w.eq("ACTION", blankToNull(query.action()));
        w.eq("TARGET_TYPE", blankToNull(query.targetType()));
        w.eq("TARGET_ID", blankToNull(query.targetId()));
        if (query.from() != null) {
            w.add("EVENT_TIME >= CAST(? AS TIMESTAMP)", AuditWriter.sqlTime(query.from()));
        }
        if (query.to() != null) {
            w.add("EVENT_TIME <= CAST(? AS TIMESTAMP)", AuditWriter.sqlTime(query.to()));
        }
        return w;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<AuditRecord> map(List<Object[]> rows) {
        List<AuditRecord> records = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            records.add(new AuditRecord(((Number) r[0]).longValue(), AuditWriter.parseSqlTime(r[1]), (String) r[2],
                    (String) r[3], (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6],
                    (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11],
                    (String) r[12]));
        }
        return records;
    }

    /** Conditions with their bound values. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> values = new ArrayList<>();

        void eq(String column, Object value) {
            if (value != null) {
                add(column + " = ?", value);
            }
        }

        void add(String condition, Object value) {
            sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
            values.add(value);
        }

        void bind(Query q) {
            for (int i = 0; i < values.size(); i++) {
                q.setParameter(i + 1, values.get(i));
            }
        }
    }

    private AuditRows() {
    }
}
