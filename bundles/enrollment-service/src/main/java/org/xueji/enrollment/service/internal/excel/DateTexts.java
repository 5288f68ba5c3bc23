package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.CellText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and months as people type them in spreadsheets: 20150301, 2015-3-1, 2015/3/1,
 * 2015.3.1, 2015年3月1日 (Excel date cells arrive as 2015-03-01); months as 201509,
 * 2015-9, 2015/9, 2015.9, 2015年9月 or a full date.
 */
final class DateTexts {

    /** A time of day after a date (spaces already removed), as database exports write it; ignored. */
    private static final String TIME = "(?:T?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})" + TIME);
    private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern SEPARATED_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern CHINESE_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月?");

    private DateTexts() {
    }

    /** The day, or null when the text is no date in an accepted form (or no such day). */
    static LocalDate date(String text) {
        String t = CellText.withoutSpaces(text);
        Matcher m = COMPACT_DATE.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = SEPARATED_DATE.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE_DATE.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    /** The month, or null when the text is no month (nor date) in an accepted form. */
    static YearMonth yearMonth(String text) {
        String t = CellText.withoutSpaces(text);
        for (Pattern pattern : new Pattern[] {COMPACT_MONTH, SEPARATED_MONTH, CHINESE_MONTH}) {
            Matcher m = pattern.matcher(t);
            if (m.matches()) {
                return yearMonth(m.group(1), m.group(2));
            }
        }
        LocalDate date = date(t);
        return date == null ? null : YearMonth.from(date);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static YearMonth yearMonth(String year, String month) {
        try {
            return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
