package org.xueji.registry.api;

import org.xueji.platform.api.MessageKey;

/** Messages of the year-end rollover; texts in rollover_messages*.properties beside this class. */
public enum RolloverMessages implements MessageKey {
    /** {0} the school year label: it has no dates recorded */
    ROLLOVER_YEAR_UNKNOWN,
    /** {0} the school year label, {1} its last day */
    ROLLOVER_YEAR_NOT_ENDED,
    /** another rollover is running */
    ROLLOVER_ALREADY_RUNNING,
    /** {0} school name, {1} grade name, {2} students: a grade the school's type does not teach */
    ROLLOVER_GRADE_NOT_TAUGHT,
    /** {0} school name, {1} the later school year already rolled over */
    ROLLOVER_LATER_YEAR_DONE,
    /** {0} school name, {1} the number of schools refused: the run is refused whole */
    ROLLOVER_SCHOOLS_REFUSED,
    /** {0} the school year label: the school has rolled this year over already */
    ROLLOVER_ALREADY_DONE,
    /** a graduate's record is kept as it was (毕业, read-only) */
    STUDENT_GRADUATED,
    /** the class belongs to a graduated cohort; no student can be placed in it */
    CLASS_CLOSED,
    /** the rollover was stopped; schools done stay done */
    ROLLOVER_STOPPED;

    @Override
    public String key() {
        return name();
    }

    @Override
    public String bundleBaseName() {
        return getClass().getPackageName() + ".rollover_messages";
    }
}
