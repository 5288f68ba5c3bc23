package org.xueji.platform.api.identity;

/**
 * The one rule for showing a person's name in a published list (阳光分班公示, issue 9): the first
 * character stays, and for names of three or more characters the last one too; everything between
 * becomes {@code *}. 张伟 → 张*, 欧阳娜娜 → 欧**娜, 阿依·木拉提 → 阿****提; a single character stays.
 * Never throws; {@code null} or blank → empty.
 */
public final class NameMask {

    private NameMask() {
    }

    public static String name(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        int[] cps = value.strip().codePoints().toArray();
        if (cps.length == 1) {
            return new String(cps, 0, 1);
        }
        StringBuilder b = new StringBuilder().appendCodePoint(cps[0]);
        int hidden = cps.length == 2 ? 1 : cps.length - 2;
        b.append("*".repeat(hidden));
        if (cps.length > 2) {
            b.appendCodePoint(cps[cps.length - 1]);
        }
        return b.toString();
    }
}
