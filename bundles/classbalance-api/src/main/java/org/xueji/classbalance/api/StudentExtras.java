package org.xueji.classbalance.api;

import java.util.List;
import java.util.Set;

/**
 * What a run adds to a registered student: scores imported from a spreadsheet and marks set for
 * this run (together / apart keys, run marks such as former class leader).
 *
 * @param studentId registry id
 * @param total     or {@code null}
 * @param subjects  语文, 数学, 英语 (entries may be {@code null})
 * @param together  same key → one class
 * @param apart     same key → different classes
 * @param marks     run marks spread evenly (e.g. 班干部)
 */
public record StudentExtras(long studentId, Double total, List<Double> subjects, String together, String apart,
                            Set<String> marks) {

    public StudentExtras {
        subjects = subjects == null ? java.util.Arrays.asList(null, null, null)
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(subjects));
        marks = marks == null ? Set.of() : Set.copyOf(marks);
    }
}
