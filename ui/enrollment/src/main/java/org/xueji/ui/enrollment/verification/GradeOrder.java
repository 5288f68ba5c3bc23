package org.xueji.ui.enrollment.verification;

import java.util.Comparator;
import org.xueji.registry.api.SchoolClass;

/**
 * R18 puts grades 9, 8 and 6 first (a grade-9 student without a record before 中考 is a
 * serious failure; grade 6 moves to junior middle school): classes are worked through in that
 * order, then the other grades from the lowest.
 */
final class GradeOrder {

    private static final int[] FIRST = {9, 8, 6};

    /** 0, 1, 2 for grades 9, 8, 6; then 3 + grade; unknown grades last. */
    static int rank(Integer gradeLevel) {
        if (gradeLevel == null) {
            return Integer.MAX_VALUE;
        }
        for (int i = 0; i < FIRST.length; i++) {
            if (FIRST[i] == gradeLevel) {
                return i;
            }
        }
        return FIRST.length + gradeLevel;
    }

    /** Grades 9, 8, 6 first, then the others; within a grade by class number. */
    static Comparator<SchoolClass> classes() {
        return Comparator.<SchoolClass>comparingInt(c -> rank(c.gradeLevel()))
                .thenComparingInt(SchoolClass::classNumber)
                .thenComparingLong(SchoolClass::id);
    }

    private GradeOrder() {
    }
}
