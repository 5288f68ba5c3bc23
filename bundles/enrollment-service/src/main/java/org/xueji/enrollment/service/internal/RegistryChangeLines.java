package org.xueji.enrollment.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.xueji.enrollment.service.internal.history.ChangeLine;
import org.xueji.enrollment.service.internal.history.ChangeLineText;
import org.xueji.enrollment.service.internal.history.ChangeText;
import org.xueji.enrollment.service.internal.pdf.HistoryEntry;
import org.xueji.registry.api.StudentHistoryEntry;
import org.xueji.registry.api.transfer.RecordStatus;

/**
 * The registry changes (学籍异动: transfers, suspension and resumption, class and grade changes, death,
 * corrections, withdrawal) printed on the 学籍登记表, read from the record's own history in the
 * registry (REG_STUDENT_HISTORY, {@code StudentService.history}). A decided change writes a
 * {@code change} line (its reference) and the fields it changed under one audit row; each such group
 * becomes one line: its kind, date, from → to, and that it took effect (only decided changes reach
 * the record). The lines are message keys and values ({@link ChangeLine}); the printed form renders
 * them ({@link ChangeLineText}, zh and en). The line names no module: the reference is printed as the
 * registry stored it.
 */
final class RegistryChangeLines {

    static final String CHANGE = "change";

    /**
     * @param history    the record's history, oldest first
     * @param schoolName a school's name by id (not personal data)
     * @param className  a class's name by id
     */
    static List<ChangeLine> of(List<StudentHistoryEntry> history, LongFunction<String> schoolName,
                               LongFunction<String> className) {
        Map<Long, List<StudentHistoryEntry>> byChange = new LinkedHashMap<>();
        for (StudentHistoryEntry e : history) {
            byChange.computeIfAbsent(e.auditEventId(), k -> new ArrayList<>()).add(e);
        }
        List<ChangeLine> lines = new ArrayList<>();
        for (List<StudentHistoryEntry> group : byChange.values()) {
            StudentHistoryEntry change = group.stream().filter(e -> CHANGE.equals(e.field())).findFirst().orElse(null);
            if (change != null) {
                lines.add(line(group, change, schoolName, className));
            }
        }
        return lines;
    }

    /** The lines as the printed form's history entries, in the form's language. */
    static List<HistoryEntry> entries(List<ChangeLine> lines, Locale locale) {
        return lines.stream().map(l -> new HistoryEntry(l.time(), ChangeLineText.render(l, locale), l.by())).toList();
    }

    private static ChangeLine line(List<StudentHistoryEntry> group, StudentHistoryEntry change,
                                   LongFunction<String> schoolName, LongFunction<String> className) {
        ChangeText kind = null;
        RecordStatus newStatus = null;
        List<ChangeLine.Part> parts = new ArrayList<>();
        List<String> corrected = new ArrayList<>();
        for (StudentHistoryEntry e : group) {
            switch (e.field()) {
                case CHANGE -> { }
                case "recordStatus" -> {
                    newStatus = status(e.newValue());
                    kind = newStatus == RecordStatus.ACTIVE ? ChangeText.KIND_RESUMPTION : ChangeText.KIND_STATUS;
                    parts.add(new ChangeLine.Part(ChangeText.PART_STATUS, statusOrRaw(e.oldValue()),
                            statusOrRaw(e.newValue()), null));
                }
                case "schoolId" -> {
                    kind = kind == null ? ChangeText.KIND_TRANSFER : kind;
                    parts.add(new ChangeLine.Part(ChangeText.PART_SCHOOL, name(e.oldValue(), schoolName),
                            name(e.newValue(), schoolName), null));
                }
                case "classId" -> parts.add(new ChangeLine.Part(ChangeText.PART_CLASS, name(e.oldValue(), className),
                        name(e.newValue(), className), null));
                case "localType" -> {
                    kind = ChangeText.KIND_LOCAL;
                    parts.add(new ChangeLine.Part(ChangeText.PART_LOCAL, null, e.newValue(), null));
                }
                default -> corrected.add(e.field());
            }
        }
        if (!corrected.isEmpty()) {
            kind = kind == null ? ChangeText.KIND_CORRECTION : kind;
            parts.add(new ChangeLine.Part(ChangeText.PART_CORRECTED, null, null, corrected));
        }
        if (kind == null) {
            kind = ChangeText.KIND_CLASS_CHANGE;
        }
        return new ChangeLine(change.changedAt(), change.changedBy(), kind,
                kind == ChangeText.KIND_STATUS ? newStatus : null, change.newValue(), parts);
    }

    private static RecordStatus status(String value) {
        try {
            return value == null ? null : RecordStatus.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The status as a message key, an unknown stored value as it is, none as {@code null}. */
    private static Object statusOrRaw(String value) {
        RecordStatus s = status(value);
        return s != null ? s : value;
    }

    /** A school's or class's name; {@code null} (shown as none) without one. */
    private static String name(String id, LongFunction<String> names) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return names.apply(Long.parseLong(id.strip()));
        } catch (RuntimeException notFound) {
            return "#" + id; // a class closed or removed since: its id, never a guess
        }
    }

    private RegistryChangeLines() {
    }
}
