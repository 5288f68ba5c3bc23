package org.xueji.dropout.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.IdentityMask;

/**
 * A class's monthly attendance sheet: header 身份证号, 姓名, 1 … 31; one row per student. Pure
 * rules: reading the rows and the longest run of consecutive unexplained absences.
 */
final class AttendanceSheet {

    enum Mark { NONE, PRESENT, EXPLAINED, UNEXPLAINED }

    private static final Set<String> PRESENT = Set.of("√", "✓", "✔", "V", "到");
    private static final Set<String> EXPLAINED = Set.of("病", "事", "假", "病假", "事假");
    private static final Set<String> UNEXPLAINED = Set.of("旷", "旷课", "×", "✗", "X", "缺");

    /** One student's month. */
    record Row(int rowNumber, String idNumber, List<Mark> days) {

        /** How many days carry this mark. */
        int count(Mark mark) {
            return (int) days.stream().filter(m -> m == mark).count();
        }

        /** The longest run of unexplained absences; days without a mark (no school) do not break it. */
        int longestUnexplainedRun() {
            int best = 0;
            int run = 0;
            for (Mark m : days) {
                switch (m) {
                    case UNEXPLAINED -> best = Math.max(best, ++run);
                    case PRESENT, EXPLAINED -> run = 0;
                    case NONE -> { }
                    default -> throw new IllegalStateException();
                }
            }
            return best;
        }
    }

    private AttendanceSheet() {
    }

    static Mark mark(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Mark.NONE;
        }
        if (PRESENT.contains(s)) {
            return Mark.PRESENT;
        }
        if (EXPLAINED.contains(s)) {
            return Mark.EXPLAINED;
        }
        return UNEXPLAINED.contains(s) ? Mark.UNEXPLAINED : null;
    }

    /** Reads the rows (first row the header); every problem of the file is reported at once. */
    static List<Row> parse(List<List<String>> cells, int daysInMonth) {
        List<FieldError> errors = new ArrayList<>();
        if (cells.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("file", DropoutMessages.ATTENDANCE_EMPTY)));
        }
        List<String> header = cells.get(0);
        for (int d = 1; d <= daysInMonth && 1 + d < header.size(); d++) {
            String h = header.get(1 + d).strip();
            if (!h.equals(String.valueOf(d)) && !h.equals(d + "日")) {
                throw new ValidationException(List.of(new FieldError("file", DropoutMessages.ATTENDANCE_BAD_HEADER, h)));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < cells.size(); r++) {
            List<String> line = cells.get(r);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            String id = line.isEmpty() ? "" : line.get(0).strip().toUpperCase(Locale.ROOT);
            List<Mark> days = new ArrayList<>();
            for (int d = 1; d <= daysInMonth; d++) {
                String raw = 1 + d < line.size() ? line.get(1 + d) : "";
                Mark m = mark(raw);
                if (m == null) {
                    errors.add(new FieldError("file", DropoutMessages.ATTENDANCE_UNKNOWN_MARK, r + 1, d, raw.strip()));
                    m = Mark.NONE;
                }
                days.add(m);
            }
            rows.add(new Row(r + 1, id, days));
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError("file", DropoutMessages.ATTENDANCE_EMPTY));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return rows;
    }

    /** Days on which any student of the sheet has a mark: the class's school days of the month. */
    static int schoolDays(List<Row> rows) {
        int n = 0;
        int days = rows.isEmpty() ? 0 : rows.get(0).days().size();
        for (int d = 0; d < days; d++) {
            final int day = d;
            n += rows.stream().anyMatch(r -> r.days().get(day) != Mark.NONE) ? 1 : 0;
        }
        return n;
    }

    static String masked(String idNumber) {
        return idNumber.length() == 18 ? IdentityMask.idNumber(idNumber) : "?";
    }
}
