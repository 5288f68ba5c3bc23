package org.xueji.admission.api;

/** Masking for published results: a name keeps its first character (张**), a number its last 4 (****0042). */
public final class PublicMask {

    private PublicMask() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        int first = s.offsetByCodePoints(0, 1);
        return s.substring(0, first) + "*".repeat(Math.max(1, s.codePointCount(first, s.length())));
    }

    public static String number(String number) {
        if (number == null || number.length() <= 4) {
            return "****";
        }
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }
}
