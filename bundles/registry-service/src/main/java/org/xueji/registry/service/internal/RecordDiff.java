package org.xueji.registry.service.internal;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Before/after of the changed components of two records, for the audit trail (R7). */
final class RecordDiff {

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
