package org.xueji.platform.documents.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** How cell contents become comparable text, whatever the file format. */
public final class CellText {

    /** Excel shows at most 15 significant digits; more are noise of the binary double. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\r\\n\\t]+");
    /** Zero-width characters pasted from web pages; invisible, so never meant. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]");
    private static final Pattern ALL_SPACES = Pattern.compile("\\s+");
    /** "*姓名", "姓名（必填）": markers of required columns in provincial templates. */
    private static final Pattern HEADER_MARKERS = Pattern.compile("^\\*+|\\*+$|\\((必填|选填|必选|可选)\\)$|[:：]$");
    /** 4.30104E+17, 4.30104e17, 430104199001011000.0 — a number as Excel shows it. */
    private static final Pattern SCIENTIFIC = Pattern.compile(
            "[+-]?(?:\\d+\\.\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?\\d+[eE]\\+?\\d+");

    /**
     * NFKC (full-width digits, letters and brackets become ASCII; ideographic and no-break
     * spaces become plain spaces), line breaks and tabs become one space, invisible
     * characters go, and the ends are trimmed. Inner spaces are kept: names stay as written.
     */
    public static String normalise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (isPlain(raw)) {
            return raw.strip(); // most cells: nothing to normalise, and this runs for every cell
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = LINE_BREAKS_AND_TABS.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /** Printable ASCII, plain spaces and common CJK ideographs only: NFKC and the rest would change nothing. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 0x20 && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    /** A header as compared with known headers: normalised, without spaces and required-markers. */
    public static String headerKey(String raw) {
        String s = ALL_SPACES.matcher(normalise(raw)).replaceAll("");
        String previous;
        do {
            previous = s;
            s = HEADER_MARKERS.matcher(s).replaceAll("");
        } while (!s.equals(previous));
        return s;
    }

    /** Without any whitespace, for values where spaces never mean anything (ID numbers, codes). */
    public static String withoutSpaces(String text) {
        return text == null ? null : ALL_SPACES.matcher(text).replaceAll("");
    }

    /**
     * A number as Excel shows it in a General cell, but never in scientific notation and
     * without a trailing ".0": 430104199001011000, 3, 3.5.
     */
    public static String formatNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** The number of digits before the decimal point of a formatted number. */
    public static int integerDigits(String formattedNumber) {
        String s = formattedNumber.startsWith("-") ? formattedNumber.substring(1) : formattedNumber;
        int dot = s.indexOf('.');
        return dot < 0 ? s.length() : dot;
    }

    /** Whether the text looks like a number Excel turned into scientific notation or a decimal. */
    public static boolean looksScientific(String text) {
        return SCIENTIFIC.matcher(withoutSpaces(text)).matches();
    }

    private CellText() {
    }
}
