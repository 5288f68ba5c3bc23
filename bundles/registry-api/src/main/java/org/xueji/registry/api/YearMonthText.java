package org.xueji.registry.api;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry year-month (入学年月) as typed in the form: {@code 2026-09}, {@code 2026-9},
 * {@code 202609}, {@code 2026/09}, {@code 2026.09} or {@code 2026年9月}; full-width digits and
 * spaces are accepted. Shown as {@code yyyy-MM}. Shared by the forms of every module.
 */
public final class YearMonthText {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2999;

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})月?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})");

    /**
     * Reads the text.
     *
     * @return the year-month, or {@code null} for blank text
     * @throws IllegalArgumentException when the text is not a year-month
     */
    public static YearMonth parse(String text) {
        if (text == null) {
            return null;
        }
        String s = normalise(text);
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a year-month: " + text);
            }
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            throw new IllegalArgumentException("not a year-month: " + text);
        }
        return YearMonth.of(year, month);
    }

    /** {@code 2026-09}, or an empty string for {@code null}. */
    /** The year-month, or {@code null} when the text is blank or unreadable. */
    public static YearMonth parseOrNull(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String format(YearMonth value) {
        return value == null ? "" : String.format("%04d-%02d", value.getYear(), value.getMonthValue());
    }

    /** Removes white space and turns full-width digits and separators into ASCII. */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return;
            }
            if (cp >= 0xFF10 && cp <= 0xFF19) {
                out.append((char) ('0' + cp - 0xFF10));
            } else if (cp == 0xFF0D || cp == 0x2014 || cp == 0x2013 || cp == 0x2212) {
                out.append('-');
            } else if (cp == 0xFF0F) {
                out.append('/');
            } else if (cp == 0xFF0E || cp == 0x3002) {
                out.append('.');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private YearMonthText() {
    }
}
