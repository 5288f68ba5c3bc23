package org.xueji.platform.api.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/** Shared parsing helpers of the identity types (rule D1). Not part of the API. */
final class IdentityText {

    /** GB 11643-1999 weights of the first 17 digits. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** Province-level codes (GB/T 2260 first two digits) accepted in the area code. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82", "83", "91");

    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /**
     * A number as Excel shows it once it lost digits: 1.10105E+17, 1.10105e17, 1E+17,
     * 110105194912310000.0. A bare letter E between digits (a typo) is not taken for one.
     */
    private static final Pattern SCIENTIFIC = Pattern.compile(
            "[+-]?(?:\\d+\\.\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?\\d+[eE]\\+\\d+");

    private IdentityText() {
    }

    /**
     * Removes every kind of space (also ideographic space, no-break space, zero-width
     * characters and byte-order marks) and turns full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ, ．, ＋)
     * into ASCII. Case is left alone.
     */
    static String normalize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
                return;
            }
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }

    static boolean looksScientific(String normalized) {
        return SCIENTIFIC.matcher(normalized).matches();
    }

    static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    static boolean isDigits(CharSequence s) {
        return s.chars().allMatch(IdentityText::isDigit) && s.length() > 0;
    }

    static boolean isProvince(String twoDigits) {
        return PROVINCES.contains(twoDigits);
    }

    /** GB 11643-1999 check character over 17 ASCII digits (not checked). */
    static char check(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The date of 8 ASCII digits yyyyMMdd, or {@code null} if no such day exists. */
    static LocalDate date(String yyyyMMdd) {
        try {
            return LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)),
                    Integer.parseInt(yyyyMMdd.substring(4, 6)),
                    Integer.parseInt(yyyyMMdd.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** yyyyMMdd shown as yyyy-MM-dd for messages (also when it is no real date). */
    static String dashed(String yyyyMMdd) {
        return yyyyMMdd.substring(0, 4) + "-" + yyyyMMdd.substring(4, 6) + "-" + yyyyMMdd.substring(6, 8);
    }

    static String compact(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The first code point at or after {@code from} that fails the test, as index, or -1. */
    static int firstInvalid(String s, int from, java.util.function.IntPredicate allowed) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!allowed.test(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The 1-based position in code points of the char index, for messages. */
    static int position(String s, int index) {
        return s.codePointCount(0, index) + 1;
    }

    static String codePointAt(String s, int index) {
        return new String(Character.toChars(s.codePointAt(index)));
    }

    /** Keys used to refuse a birth date, so ID numbers and 学籍号 say what was wrong in their own words. */
    record DateKeys(IdentityMessages impossible, IdentityMessages tooOld, IdentityMessages future) {
        static final DateKeys ID = new DateKeys(IdentityMessages.ID_BIRTH_DATE_IMPOSSIBLE,
                IdentityMessages.ID_BIRTH_DATE_TOO_OLD, IdentityMessages.ID_BIRTH_DATE_FUTURE);
        static final DateKeys REGNO = new DateKeys(IdentityMessages.REGNO_BIRTH_DATE_IMPOSSIBLE,
                IdentityMessages.REGNO_BIRTH_DATE_TOO_OLD, IdentityMessages.REGNO_BIRTH_DATE_FUTURE);
    }

    /** Parses and bounds-checks the birth date yyyyMMdd (1900-01-01 .. today). */
    static LocalDate birthDate(String yyyyMMdd, LocalDate today, DateKeys keys) {
        LocalDate date = date(yyyyMMdd);
        if (date == null) {
            throw new InvalidIdentityException(keys.impossible(), dashed(yyyyMMdd));
        }
        checkBirthDate(date, today, keys);
        return date;
    }

    static void checkBirthDate(LocalDate date, LocalDate today, DateKeys keys) {
        if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidIdentityException(keys.tooOld(), date.toString());
        }
        if (date.isAfter(today)) {
            throw new InvalidIdentityException(keys.future(), date.toString());
        }
    }

    /** Checks an area code given by a program or a form: 6 digits, existing province. */
    static void checkAreaCode(String areaCode6, IdentityMessages provinceKey) {
        java.util.Objects.requireNonNull(areaCode6, "areaCode6");
        if (areaCode6.length() != 6 || !isDigits(areaCode6)) {
            throw new InvalidIdentityException(IdentityMessages.AREA_CODE_FORMAT, areaCode6);
        }
        if (provinceKey != null && !isProvince(areaCode6.substring(0, 2))) {
            throw new InvalidIdentityException(provinceKey, areaCode6, areaCode6.substring(0, 2));
        }
    }

    static void checkSequence(int sequence3) {
        if (sequence3 < 0 || sequence3 > 999) {
            throw new InvalidIdentityException(IdentityMessages.SEQUENCE_RANGE, String.valueOf(sequence3));
        }
    }
}
