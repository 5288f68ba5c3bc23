package org.xueji.ui.admin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV for Excel: UTF-8 with a byte order mark, CRLF between records, fields quoted
 * when they contain a comma, quote or line break. Cells that a spreadsheet would run as a
 * formula (starting with {@code = + - @}, tab or CR) are neutralised with a leading
 * apostrophe: audit rows carry text typed by anybody, e.g. the user name of a failed login.
 */
public final class Csv {

    /** Makes Excel read the file as UTF-8 (Chinese names). */
    public static final String BOM = "\uFEFF";
    public static final String EOL = "\r\n";

    /** One field, escaped. {@code null} is an empty field. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** One record without the line break. */
    public static String row(List<String> values) {
        return values.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    /**
     * The footer line naming the data-release request (R4): line breaks and other control
     * characters become spaces, so that the watermark stays one line, the file's last.
     * Quoted only where CSV needs it (a comma or quote in the purpose or recipient).
     */
    public static String footer(String watermark) {
        if (watermark == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(watermark.length());
        watermark.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String v = b.toString().strip();
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private Csv() {
    }
}
