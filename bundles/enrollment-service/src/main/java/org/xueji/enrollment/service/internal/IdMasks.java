package org.xueji.enrollment.service.internal;

/** ID numbers in lists show the area and the last four characters only (personal data). */
final class IdMasks {

    static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber == null ? null : "****";
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    private IdMasks() {
    }
}
