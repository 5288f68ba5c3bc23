package org.xueji.platform.workflow.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.sql.DataSource;

/**
 * Plain SQL with an EntityManager (inside a module's transaction) or a DataSource (reads).
 * A null parameter becomes the literal NULL (a null bind parameter has no SQL type in a
 * native query); times are written and read as UTC text, days as {@link java.sql.Date}.
 */
final class Sql {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    private Sql() {
    }

    /** A time parameter: use {@code CAST(? AS TIMESTAMP)} in the statement. */
    static String time(Instant instant) {
        return instant == null ? null : TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Reads {@code CAST(column AS VARCHAR(30))} of a time written by {@link #time(Instant)}. */
    static Instant instant(Object text) {
        if (text == null) {
            return null;
        }
        return LocalDateTime.parse(text.toString().trim().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    static java.sql.Date day(LocalDate day) {
        return day == null ? null : java.sql.Date.valueOf(day);
    }

    static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().trim().substring(0, 10));
    }

    static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static int update(EntityManager em, String sql, Object... params) {
        List<Object> bound = new ArrayList<>();
        Query q = em.createNativeQuery(inline(sql, params, bound));
        for (int i = 0; i < bound.size(); i++) {
            q.setParameter(i + 1, bound.get(i));
        }
        return q.executeUpdate();
    }

    static List<Object[]> query(EntityManager em, String sql, Object... params) {
        List<Object> bound = new ArrayList<>();
        Query q = em.createNativeQuery(inline(sql, params, bound));
        for (int i = 0; i < bound.size(); i++) {
            q.setParameter(i + 1, bound.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            rows.add(row instanceof Object[] a ? a : new Object[] {row});
        }
        return rows;
    }

    static List<Object[]> query(DataSource ds, String sql, Object... params) {
        List<Object> bound = new ArrayList<>();
        String text = inline(sql, params, bound);
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(text)) {
            for (int i = 0; i < bound.size(); i++) {
                s.setObject(i + 1, bound.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("workflow query failed: " + e.getMessage(), e);
        }
    }

    /** Replaces the {@code ?} of null parameters with NULL; collects the others. */
    private static String inline(String sql, Object[] params, List<Object> bound) {
        StringBuilder out = new StringBuilder();
        int p = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '?') {
                Object v = params[p++];
                if (v == null) {
                    out.append("NULL");
                } else {
                    out.append('?');
                    bound.add(v);
                }
            } else {
                out.append(ch);
            }
        }
        if (p != params.length) {
            throw new IllegalArgumentException("parameters: " + params.length + ", placeholders: " + p);
        }
        return out.toString();
    }
}
