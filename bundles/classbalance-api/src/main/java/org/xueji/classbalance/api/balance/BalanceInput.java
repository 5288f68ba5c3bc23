package org.xueji.classbalance.api.balance;

import java.util.List;

/**
 * What a balancing run needs: the students, the subjects' names, the number of classes, the cap
 * (R14, default {@link #DEFAULT_CAP}) and the recorded seed; the same input and seed always give
 * the same result.
 */
public record BalanceInput(List<BalanceStudent> students, List<String> subjects, int classes, int cap, long seed) {

    /** R14: at most 55 students in a class of a starting grade. */
    public static final int DEFAULT_CAP = 55;
    /** A subject score is 0..150 (中考 subjects are marked out of 150 at most). */
    public static final double MAX_SUBJECT = 150;
    /** A total is 0..1000. */
    public static final double MAX_TOTAL = 1000;

    public BalanceInput {
        students = List.copyOf(students);
        subjects = List.copyOf(subjects);
    }
}
