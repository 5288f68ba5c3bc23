package org.xueji.platform.api.identity;

/**
 * The one rule for showing identity numbers where the full number is not needed (lists,
 * messages, findings; R1, D1): the first 6 and the last 4 characters stay, everything between
 * becomes {@code *}. A 学籍号 is masked the same way after its kind letter: a {@code G} number
 * is {@code G} + the full resident ID number, so showing it in full would defeat the mask of
 * the ID number beside it ({@code J} and {@code L} numbers carry area and birth date and are
 * masked alike). Values too short to keep both ends keep at most their last 2 characters.
 * Works on any text (other documents, malformed input) and never throws.
 */
public final class IdentityMask {

    /** Characters kept at the start and at the end of a long enough value. */
    private static final int HEAD = 6;
    private static final int TAIL = 4;

    /**
     * {@code 110105201403150028} → {@code 110105********0028}; {@code E12345678} →
     * {@code *******78}; {@code null} or blank → empty.
     */
    public static String idNumber(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        int n = v.length();
        if (n == 0) {
            return "";
        }
        if (n <= HEAD + TAIL) {
            int keep = Math.min(2, n / 3);
            return "*".repeat(n - keep) + v.substring(n - keep);
        }
        return v.substring(0, HEAD) + "*".repeat(n - HEAD - TAIL) + v.substring(n - TAIL);
    }

    /**
     * A 学籍号 for a list: {@code G110105201403150028} → {@code G110105********0028}. A value
     * not starting with a letter is masked as an ID number.
     */
    public static String registryNumber(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return "";
        }
        char kind = v.charAt(0);
        if (Character.isLetter(kind) && !Character.isDigit(kind)) {
            return Character.toUpperCase(kind) + idNumber(v.substring(1));
        }
        return idNumber(v);
    }

    private IdentityMask() {
    }
}
