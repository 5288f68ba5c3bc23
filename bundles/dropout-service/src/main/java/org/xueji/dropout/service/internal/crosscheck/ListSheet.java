package org.xueji.dropout.service.internal.crosscheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xueji.dropout.api.crosscheck.CrossCheckMessages;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.InvalidIdentityException;

/**
 * A department's list as read from its spreadsheet: columns found by their header (身份证号,
 * 姓名, 乡镇 required; 村, 备注 optional), every row checked, and every problem of the file
 * reported at once (row numbers as the user sees them, the header being row 1). Pure rules.
 */
final class ListSheet {

    /** A checked row; {@code idNumber} normalised (18 characters, upper-case X). */
    record Row(int rowNumber, String idNumber, String name, String town, String village, String note) {
    }

    /** What a row is checked against. */
    record Rules(Set<String> knownTowns, String listTown, int minAge, int maxAge, LocalDate today, Clock clock) {
    }

    static final int MAX_ERRORS = 200;
    private static final Map<String, String> HEADERS = headers();

    private ListSheet() {
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        for (String s : List.of("身份证号", "身份证号码", "公民身份号码", "身份证件号")) {
            h.put(s, "id");
        }
        h.put("姓名", "name");
        for (String s : List.of("乡镇", "乡镇街道", "乡镇（街道）", "乡镇(街道)")) {
            h.put(s, "town");
        }
        for (String s : List.of("村", "村社区", "村（社区）", "村(社区)", "村组")) {
            h.put(s, "village");
        }
        for (String s : List.of("备注", "项目", "资助项目", "类别", "帮扶类别")) {
            h.put(s, "note");
        }
        return h;
    }

    static List<Row> parse(List<List<String>> cells, Rules rules) {
        if (cells.isEmpty()) {
            throw fail(CrossCheckMessages.LIST_EMPTY);
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> header = cells.get(0);
        for (int i = 0; i < header.size(); i++) {
            String key = HEADERS.get(header.get(i).replaceAll("\\s", ""));
            if (key != null) {
                col.putIfAbsent(key, i);
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (String[] required : new String[][] {{"id", "身份证号"}, {"name", "姓名"}, {"town", "乡镇"}}) {
            if (!col.containsKey(required[0])) {
                errors.add(new FieldError("file", CrossCheckMessages.COLUMN_MISSING, required[1]));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int r = 1; r < cells.size(); r++) {
            List<String> line = cells.get(r);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNumber = r + 1;
            String rawId = cell(line, col.get("id"));
            String name = cell(line, col.get("name"));
            String town = cell(line, col.get("town"));
            String village = cell(line, col.get("village"));
            String note = cell(line, col.get("note"));
            int before = errors.size();
            String id = null;
            try {
                ChineseIdNumber parsed = ChineseIdNumber.parse(rawId, rules.clock());
                id = parsed.value();
                int age = Period.between(parsed.birthDate(), rules.today()).getYears();
                if (age < rules.minAge() || age > rules.maxAge()) {
                    errors.add(new FieldError("file", CrossCheckMessages.ROW_AGE_OUTSIDE, rowNumber, age,
                            rules.minAge(), rules.maxAge()));
                }
                Integer earlier = firstRow.putIfAbsent(id, rowNumber);
                if (earlier != null) {
                    errors.add(new FieldError("file", CrossCheckMessages.ROW_DUPLICATE, rowNumber, earlier));
                }
            } catch (InvalidIdentityException | IllegalArgumentException e) {
                errors.add(new FieldError("file", CrossCheckMessages.ROW_ID_INVALID, rowNumber));
            }
            if (name.isEmpty()) {
                errors.add(new FieldError("file", CrossCheckMessages.ROW_NAME_MISSING, rowNumber));
            }
            if (town.isEmpty()) {
                errors.add(new FieldError("file", CrossCheckMessages.ROW_TOWN_MISSING, rowNumber));
            } else if (!rules.knownTowns().contains(town)) {
                errors.add(new FieldError("file", CrossCheckMessages.ROW_TOWN_UNKNOWN, rowNumber, town));
            } else if (rules.listTown() != null && !rules.listTown().equals(town)) {
                errors.add(new FieldError("file", CrossCheckMessages.ROW_TOWN_OTHER, rowNumber, town, rules.listTown()));
            }
            if (name.length() > 50 || town.length() > 60 || village.length() > 60 || note.length() > 200) {
                errors.add(new FieldError("file", CrossCheckMessages.ROW_TEXT_TOO_LONG, rowNumber, name.length() > 50
                        ? 50 : town.length() > 60 || village.length() > 60 ? 60 : 200));
            }
            if (errors.size() == before) {
                rows.add(new Row(rowNumber, id, name, town, village.isEmpty() ? null : village,
                        note.isEmpty() ? null : note));
            }
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            throw fail(CrossCheckMessages.LIST_EMPTY);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(capped(errors));
        }
        return rows;
    }

    /** The first {@link #MAX_ERRORS} messages and how many more there were. */
    static List<FieldError> capped(List<FieldError> errors) {
        if (errors.size() <= MAX_ERRORS) {
            return errors;
        }
        List<FieldError> out = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        out.add(new FieldError("file", CrossCheckMessages.MORE_ERRORS, errors.size() - MAX_ERRORS));
        return out;
    }

    private static String cell(List<String> line, Integer index) {
        return index == null || index >= line.size() || line.get(index) == null ? "" : line.get(index).strip();
    }

    private static ValidationException fail(CrossCheckMessages key, Object... args) {
        return new ValidationException(List.of(new FieldError("file", key, args)));
    }
}
