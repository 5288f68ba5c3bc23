package org.xueji.classbalance.service.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.xueji.classbalance.api.ClassBalanceMessages;
import org.xueji.classbalance.api.StudentExtras;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.documents.spreadsheet.RawCell;
import org.xueji.platform.documents.spreadsheet.SheetReader;
import org.xueji.platform.documents.spreadsheet.SpreadsheetLimits;

/**
 * A score sheet for a run (.xlsx, .xls or .csv, judged by content by platform-documents'
 * {@link SheetReader}): header row with 学生ID, 总分, 语文, 数学, 英语 and optionally 同班组, 分班组,
 * 标记 (marks separated by 、 or ,). Range checks are the balancer's (one rule).
 */
final class ScoreSheet {

    static final List<String> REQUIRED = List.of("学生ID", "总分", "语文", "数学", "英语");

    private ScoreSheet() {
    }

    static List<StudentExtras> read(InputStream in, String fileName) {
        List<StudentExtras> result = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        new SheetReader(SpreadsheetLimits.defaults().withMaxRows(20_000)).read(in, fileName, (row, cells) -> {
            String[] text = new String[cells.stream().mapToInt(RawCell::column).max().orElse(-1) + 1];
            for (RawCell c : cells) {
                text[c.column()] = c.text() == null ? "" : c.text().strip();
            }
            if (columns.isEmpty()) {
                for (int i = 0; i < text.length; i++) {
                    if (text[i] != null) {
                        columns.putIfAbsent(text[i], i);
                    }
                }
                for (String required : REQUIRED) {
                    if (!columns.containsKey(required)) {
                        throw new DomainException(ClassBalanceMessages.SHEET_COLUMN_MISSING, row, required);
                    }
                }
                return;
            }
            String id = cell(text, columns.get("学生ID"));
            if (id.isEmpty()) {
                return;
            }
            long studentId;
            try {
                studentId = Long.parseLong(id.endsWith(".0") ? id.substring(0, id.length() - 2) : id);
            } catch (NumberFormatException e) {
                throw new DomainException(ClassBalanceMessages.SHEET_ID_INVALID, row, id);
            }
            String marks = cell(text, columns.get("标记"));
            Set<String> markSet = marks.isEmpty() ? Set.of() : new TreeSet<>(Arrays.stream(marks.split("[、,，]"))
                    .map(String::strip).filter(m -> !m.isEmpty()).toList());
            result.add(new StudentExtras(studentId, number(text, columns, "总分", row),
                    Arrays.asList(number(text, columns, "语文", row), number(text, columns, "数学", row),
                            number(text, columns, "英语", row)),
                    cell(text, columns.get("同班组")), cell(text, columns.get("分班组")), markSet));
        });
        return result;
    }

    private static String cell(String[] text, Integer column) {
        if (column == null || column >= text.length || text[column] == null) {
            return "";
        }
        return text[column];
    }

    private static Double number(String[] text, Map<String, Integer> columns, String name, int row) {
        String t = cell(text, columns.get(name));
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            throw new DomainException(ClassBalanceMessages.SHEET_NOT_A_NUMBER, row, name, t);
        }
    }
}
