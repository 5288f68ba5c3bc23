package org.xueji.enrollment.service.internal.excel;

import org.xueji.platform.documents.spreadsheet.CellText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades and classes as schools write them: 年级 1–12, 一年级…九年级, 初一…初三 (7–9),
 * 高一…高三 (10–12); 班级 3, 3班, (3)班, 一年级(3)班. Text is already NFKC (ASCII brackets).
 */
final class GradeTexts {

    private static final String NUMERALS = "一二三四五六七八九";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)");
    private static final Pattern CLASS = Pattern.compile(
            "(?<grade>.*?年级|初[一二三1-3]|高[一二三1-3]|)\\(?(?<number>\\d{1,3}|[一二三四五六七八九十]{1,3})\\)?班?");

    /** A class as written: its number, and the grade when the text names one. */
    record ClassText(Integer gradeLevel, int number) {
    }

    private GradeTexts() {
    }

    /** Grade level 1–12, or null when the text names no grade. */
    static Integer grade(String text) {
        String t = CellText.withoutSpaces(text);
        t = t.replaceFirst("^小学", "").replaceFirst("^初中", "初").replaceFirst("^高中", "高");
        t = t.replaceFirst("年级$", "");
        int offset = 0;
        if (t.startsWith("初") || t.startsWith("高")) {
            offset = t.startsWith("初") ? 6 : 9;
            t = t.substring(1);
        }
        Integer n = number(t);
        if (n == null || n < 1 || offset > 0 && n > 3) {
            return null;
        }
        int level = offset + n;
        return level <= 12 ? level : null;
    }

    /** The class, or null when the text is no class number in an accepted form. */
    static ClassText classText(String text) {
        Matcher m = CLASS.matcher(CellText.withoutSpaces(text));
        if (!m.matches()) {
            return null;
        }
        Integer number = number(m.group("number"));
        if (number == null || number < 1) {
            return null;
        }
        String gradePart = m.group("grade");
        if (gradePart.isEmpty()) {
            return new ClassText(null, number);
        }
        Integer grade = grade(gradePart);
        return grade == null ? null : new ClassText(grade, number);
    }

    /** A number in digits (up to 3) or in Chinese numerals up to 99 (三, 十二, 二十三); null otherwise. */
    static Integer number(String text) {
        if (DIGITS.matcher(text).matches()) {
            return Integer.parseInt(text);
        }
        Matcher m = CHINESE_NUMBER.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            return null;
        }
        boolean ten = !m.group(2).isEmpty();
        int tens = m.group(1).isEmpty() ? (ten ? 1 : 0) : digit(m.group(1));
        int units = m.group(3).isEmpty() ? 0 : digit(m.group(3));
        if (!ten && !m.group(1).isEmpty()) {
            return m.group(3).isEmpty() ? tens : null; // "三四" is no number
        }
        return tens * 10 + units;
    }

    private static int digit(String numeral) {
        return NUMERALS.indexOf(numeral) + 1;
    }
}
