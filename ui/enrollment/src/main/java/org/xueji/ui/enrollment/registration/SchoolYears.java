package org.xueji.ui.enrollment.registration;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

/** The school years offered in the deadlines view. */
final class SchoolYears {

    /**
     * The known school years with the current one, the one before and the next (the district
     * sets next year's dates ahead), newest first.
     */
    static List<Integer> options(Collection<Integer> known, int current) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(known);
        IntStream.rangeClosed(current - 1, current + 1).forEach(years::add);
        return List.copyOf(years);
    }

    private SchoolYears() {
    }
}
