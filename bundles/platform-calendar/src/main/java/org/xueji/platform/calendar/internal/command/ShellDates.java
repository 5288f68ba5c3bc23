package org.xueji.platform.calendar.internal.command;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Parsing of the calendar commands' arguments, with messages a person understands. */
final class ShellDates {

    private ShellDates() {
    }

    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("日期格式应为 yyyy-MM-dd：" + text);
        }
    }

    static int count(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new IllegalArgumentException("工作日数不能为负数：" + text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("工作日数应为非负整数：" + text);
        }
    }

    static String weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> "周一";
            case TUESDAY -> "周二";
            case WEDNESDAY -> "周三";
            case THURSDAY -> "周四";
            case FRIDAY -> "周五";
            case SATURDAY -> "周六";
            case SUNDAY -> "周日";
        };
    }
}
