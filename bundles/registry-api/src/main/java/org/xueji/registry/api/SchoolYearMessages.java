package org.xueji.registry.api;

import org.xueji.platform.api.MessageKey;

/**
 * Messages of the school year and its key dates; texts in {@code schoolyear*.properties}
 * beside this class (a file of their own, so that other registry changes do not collide).
 */
public enum SchoolYearMessages implements MessageKey {
    /** a date is missing */
    DATE_REQUIRED,
    /** {0} the start year: the first semester starts in that year */
    FIRST_START_WRONG_YEAR,
    /** a semester ends before it starts */
    SEMESTER_ENDS_BEFORE_START,
    /** the second semester starts before the first ends */
    SEMESTERS_OVERLAP,
    /** {0} the most days of winter break */
    WINTER_BREAK_TOO_LONG,
    /** {0} the year after the start year: the second semester ends in it */
    SECOND_END_WRONG_YEAR,
    /** {0} the first day of the school year, {1} its last day */
    ZHONGKAO_OUTSIDE_YEAR,
    /** {0} first semester start, {1} end */
    AUTUMN_DEADLINE_OUTSIDE_FIRST_SEMESTER,
    /** {0} semester number */
    SURVEY_WINDOW_INVALID,
    /** {0} the neighbouring school year (start year) */
    OVERLAPS_NEIGHBOUR_YEAR,
    /** the district sets the school calendar */
    DISTRICT_ONLY,
    /** {0} the year given */
    YEAR_OUT_OF_RANGE;

    @Override
    public String key() {
        return name();
    }

    @Override
    public String bundleBaseName() {
        return "org.xueji.registry.api.schoolyear";
    }
}
