package org.xueji.classbalance.api.balance;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The file mode's input (issue 9 item 5): UTF-8 CSV with the header
 * {@code 学生ID,姓名,性别,总分,语文,数学,英语,同班组,分班组} (columns in any order, extra columns
 * ignored). 性别 is 男 or 女; scores may be empty. A file that is not UTF-8 (a GB18030 export from
 * Excel) or lacks a column is refused naming the line; nothing is guessed.
 */
public final class BalanceCsv {

    public static final List<String> COLUMNS = List.of("学生ID", "姓名", "性别", "总分", "语文", "数学", "英语", "同班组", "分班组");
    public static final List<String> SUBJECTS = List.of("语文", "数学", "英语");

    private BalanceCsv() {
    }

    /** Parses the file into students (input order = file order). */
    public static List<BalanceStudent> read(byte[] bytes) {
        List<List<String>> rows = parse(decode(bytes));
        if (rows.isEmpty()) {
            throw new BalanceRefused(BalanceMessages.CSV_EMPTY);
        }
        List<String> header = rows.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            index.putIfAbsent(header.get(c).strip(), c);
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                throw new BalanceRefused(BalanceMessages.CSV_COLUMN_MISSING, 1, column);
            }
        }
        List<BalanceStudent> students = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue; // an empty line (often the last)
            }
            if (row.size() < header.size()) {
                throw new BalanceRefused(BalanceMessages.CSV_FIELD_COUNT, line, row.size(), header.size());
            }
            String sex = row.get(index.get("性别")).strip();
            Boolean male = switch (sex) {
                case "男" -> Boolean.TRUE;
                case "女" -> Boolean.FALSE;
                case "" -> null;
                default -> throw new BalanceRefused(BalanceMessages.CSV_SEX_INVALID, line, sex);
            };
            List<Double> subjects = new ArrayList<>();
            for (String subject : SUBJECTS) {
                subjects.add(number(row.get(index.get(subject)), line, subject));
            }
            students.add(new BalanceStudent(row.get(index.get("学生ID")).strip(), row.get(index.get("姓名")).strip(), male,
                    number(row.get(index.get("总分")), line, "总分"), subjects, Set.of(),
                    row.get(index.get("同班组")), row.get(index.get("分班组"))));
        }
        return students;
    }

    private static Double number(String text, int line, String column) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException(t);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BalanceRefused(BalanceMessages.CSV_NOT_A_NUMBER, line, column, t);
        }
    }

    /** Strict UTF-8 (a leading BOM dropped); the first malformed byte is refused with its line. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new BalanceRefused(BalanceMessages.CSV_NOT_UTF8, line);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** RFC 4180: fields separated by commas, optionally quoted ("" inside quotes), CRLF or LF. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
