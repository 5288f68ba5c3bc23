package org.xueji.ui.enrollment.verification;

/**
 * ID numbers on screen show the first 6 and last 4 characters only (R1), like the service's
 * masked values in findings; a presence list needs no more to tell students apart.
 */
final class IdMask {

    static String mask(String idNumber) {
        if (idNumber == null) {
            return "";
        }
        String v = idNumber.strip();
        int n = v.length();
        if (n == 0) {
            return "";
        }
        if (n <= 10) {
            // too short to keep both ends: keep at most the last 2
            int keep = Math.min(2, n / 3);
            return "*".repeat(n - keep) + v.substring(n - keep);
        }
        return v.substring(0, 6) + "*".repeat(n - 10) + v.substring(n - 4);
    }

    private IdMask() {
    }
}
