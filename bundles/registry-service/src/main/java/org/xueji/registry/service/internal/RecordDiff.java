package org.xueji.registry.service.internal;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Before/after of the changed components of two records (R7). Student records go through
 * {@link #diff}/{@link #created}: their values belong in the record history, and the audit
 * row gets only {@link #fields}. School and class records, which hold no personal values,
 * still put values in the audit row with {@link #changes}/{@link #values}.
 */
final class RecordDiff {

    /** One changed component, as text ({@code null}: no value). */
    record Change(String field, String before, String after) {
    }

    /** The changed components, by name. */
    static <R extends Record> List<Change> diff(R before, R after) {
        List<Change> changes = new java.util.ArrayList<>();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            Object a = value(c, before);
            Object b = value(c, after);
            if (!Objects.equals(a, b)) {
                changes.add(new Change(c.getName(), a == null ? null : text(a), b == null ? null : text(b)));
            }
        }
        return changes;
    }

    /** Every set component of a new record, as changes from nothing. */
    static <R extends Record> List<Change> created(R record) {
        List<Change> changes = new java.util.ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v = value(c, record);
            if (v != null) {
                changes.add(new Change(c.getName(), null, text(v)));
            }
        }
        return changes;
    }

    /** The names of the changed fields, sorted: what an audit row may say. */
    static List<String> fields(List<Change> changes) {
        return changes.stream().map(Change::field).distinct().sorted().toList();
    }

    static <R extends Record> Map<String, Object> changes(R before, R after) {
        Map<String, Object> changes = new TreeMap<>();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            Object a = value(c, before);
            Object b = value(c, after);
            if (!Objects.equals(a, b)) {
                changes.put(c.getName(), Arrays.asList(text(a), text(b)));
            }
        }
        return changes;
    }

    /** Every component of a new record, for "created" events. */
    static <R extends Record> Map<String, Object> values(R record) {
        Map<String, Object> values = new TreeMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v = value(c, record);
            if (v != null) {
                values.put(c.getName(), text(v));
            }
        }
        return values;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            return list.toString();
        }
        return v.toString();
    }

    private RecordDiff() {
    }
}
