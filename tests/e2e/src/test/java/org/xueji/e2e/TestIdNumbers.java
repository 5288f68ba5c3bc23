package org.xueji.e2e;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Resident ID numbers for test children and guardians (GB 11643-1999: 17 digits and the
 * ISO 7064 MOD 11-2 check character), computed here rather than by the code under test.
 */
final class TestIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private TestIdNumbers() {
    }

    /** The ID number of a person registered in {@code area6}, born on {@code birth}, sequence 000–999. */
    static String resident(String area6, LocalDate birth, int sequence3) {
        return withCheckCharacter(area6 + birth.format(COMPACT) + String.format("%03d", sequence3));
    }

    /** 17 digits and their check character. */
    static String withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
