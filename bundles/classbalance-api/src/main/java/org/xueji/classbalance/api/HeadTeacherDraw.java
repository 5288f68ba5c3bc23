package org.xueji.classbalance.api;

import java.time.Instant;
import java.util.List;

/**
 * The head teachers (班主任) drawn by lot for a confirmed run's classes.
 *
 * @param candidates every lot drawn from, as drawn ({@code account:<user name>} or {@code name:<name>}), sorted
 * @param classes    class 1..N with the candidate drawn for it and the name written to the registry's class
 */
public record HeadTeacherDraw(long runId, String seed, List<String> candidates, List<DrawnHeadTeacher> classes,
                              String drawnBy, Instant drawnAt) {

    public HeadTeacherDraw {
        candidates = List.copyOf(candidates);
        classes = List.copyOf(classes);
    }

    /** One class's head teacher. */
    public record DrawnHeadTeacher(int classNumber, String candidate, String name) {
    }
}
