package org.xueji.ui.enrollment.registration;

import java.util.regex.Pattern;
import org.xueji.registry.api.StudentQuery;

/**
 * The one search box of the print view: a 学籍号, a resident ID number or a name (or its
 * beginning), told apart by their shape.
 */
final class PrintSearch {

    private static final Pattern REGISTRY_NUMBER = Pattern.compile("[GJL]\\d{17}[\\dX]");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{15}|\\d{17}[\\dX]");

    /** The query for the text, or {@code null} when nothing was typed. */
    static StudentQuery queryFor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = compact(text);
        StudentQuery all = StudentQuery.all();
        if (REGISTRY_NUMBER.matcher(compact).matches()) {
            return all.withRegistryNumber(compact);
        }
        if (ID_NUMBER.matcher(compact).matches()) {
            return all.withIdNumber(compact);
        }
        return all.withName(text.strip());
    }

    /** Without spaces, full-width letters and digits as ASCII, upper case. */
    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return;
            }
            int c = cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
            out.appendCodePoint(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        });
        return out.toString();
    }

    private PrintSearch() {
    }
}
