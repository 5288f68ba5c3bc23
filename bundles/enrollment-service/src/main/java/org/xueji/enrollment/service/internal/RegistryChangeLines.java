package org.xueji.enrollment.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.xueji.enrollment.service.internal.pdf.HistoryEntry;
import org.xueji.registry.api.StudentHistoryEntry;
import org.xueji.registry.api.transfer.RecordStatus;

/**
 * The registry changes (学籍异动: transfers, suspension and resumption, class and grade changes, death,
 * corrections, withdrawal) printed on the 学籍登记表, read from the record's own history in the
 * registry (REG_STUDENT_HISTORY, {@code StudentService.history}). A decided change writes a
 * {@code change} line (its reference) and the fields it changed under one audit row; each such group
 * becomes one line: its kind, date, from → to, and that it took effect (only decided changes reach
 * the record). The line names no module: the reference is printed as the registry stored it.
 */
final class RegistryChangeLines {

    static final String CHANGE = "change";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /**
     * @param history    the record's history, oldest first
     * @param schoolName a school's name by id (not personal data)
     * @param className  a class's name by id
     */
    static List<HistoryEntry> of(List<StudentHistoryEntry> history, LongFunction<String> schoolName,
                                 LongFunction<String> className) {
        Map<Long, List<StudentHistoryEntry>> byChange = new LinkedHashMap<>();
        for (StudentHistoryEntry e : history) {
            byChange.computeIfAbsent(e.auditEventId(), k -> new ArrayList<>()).add(e);
        }
        List<HistoryEntry> lines = new ArrayList<>();
        for (List<StudentHistoryEntry> group : byChange.values()) {
            StudentHistoryEntry change = group.stream().filter(e -> CHANGE.equals(e.field())).findFirst().orElse(null);
            if (change != null) {
                lines.add(new HistoryEntry(change.changedAt(), line(group, change.newValue(), schoolName, className),
                        change.changedBy()));
            }
        }
        return lines;
    }

    private static String line(List<StudentHistoryEntry> group, String reference, LongFunction<String> schoolName,
                               LongFunction<String> className) {
        String kind = null;
        List<String> parts = new ArrayList<>();
        List<String> corrected = new ArrayList<>();
        for (StudentHistoryEntry e : group) {
            switch (e.field()) {
                case CHANGE -> { }
                case "recordStatus" -> {
                    kind = RecordStatus.ACTIVE.name().equals(e.newValue()) ? "复学" : status(e.newValue());
                    parts.add("学籍状态 " + status(e.oldValue()) + " → " + status(e.newValue()));
                }
                case "schoolId" -> {
                    kind = kind == null ? "转学" : kind;
                    parts.add("学校 " + name(e.oldValue(), schoolName) + " → " + name(e.newValue(), schoolName));
                }
                case "classId" -> parts.add("班级 " + name(e.oldValue(), className) + " → "
                        + name(e.newValue(), className));
                default -> corrected.add(FieldLabels.label(e.field()));
            }
        }
        if (!corrected.isEmpty()) {
            kind = kind == null ? "关键信息更正" : kind;
            parts.add("更正 " + String.join("、", corrected));
        }
        if (kind == null) {
            kind = "班级变动";
        }
        return "学籍异动：" + kind + "（已生效" + (reference == null ? "" : "，依据 " + reference) + "）"
                + (parts.isEmpty() ? "" : "：" + String.join("；", parts));
    }

    private static String status(String value) {
        if (value == null) {
            return "-";
        }
        try {
            return RecordStatus.valueOf(value).format(ZH);
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }

    private static String name(String id, LongFunction<String> names) {
        if (id == null || id.isBlank()) {
            return "无";
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
