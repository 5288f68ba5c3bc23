package org.xueji.classbalance.api;

import java.util.List;

/**
 * A balancing to propose for a school's starting grade.
 *
 * @param seed   {@code null}: drawn by the service (and recorded); the same seed re-runs identically
 * @param extras per student, optional
 */
public record NewRun(long schoolId, int grade, int schoolYear, int classes, int cap, Long seed,
                     List<StudentExtras> extras) {

    public NewRun {
        extras = extras == null ? List.of() : List.copyOf(extras);
    }
}
