package org.xueji.registry.api;

import org.xueji.platform.api.Actor;

/**
 * The year-end rollover (升级 and 毕业) of issue 15: after a school year has ended every
 * class moves up a grade with its students, keeping its number, capacity and head teacher;
 * the final grade of each school type graduates (records stay, marked 毕业, read-only);
 * students marked as repeating stay in their grade. Run by the district, one transaction per
 * school; a school done is recorded and skipped afterwards. Every method takes the acting
 * {@link Actor}: planning and running need MANAGE_SCHOOL and a district-wide actor.
 */
public interface RolloverService {

    /**
     * The dry run: what the rollover of {@code schoolYear} would do, per school and grade,
     * without writing anything. Problems that would refuse a school are listed in the plan.
     *
     * @param schoolId one school, or null for every school of the district
     */
    RolloverPlan plan(Actor actor, int schoolYear, Long schoolId);

    /**
     * Rolls the schools over, one transaction per school, skipping schools already done.
     * Refused whole, with nothing changed, when the school year has not ended, another
     * rollover is running, or a selected school has a problem (see {@link RolloverPlan}).
     * {@code control} is told the number of students handled so far and may stop the run
     * between classes: the school in progress is then rolled back, the schools done stay done.
     */
    RolloverResult run(Actor actor, int schoolYear, Long schoolId, BatchControl control);

    /**
     * Marks (or unmarks) a student as repeating the grade of {@code schoolYear} (留级): the
     * rollover of that year leaves them in their grade. Needs EDIT_STUDENT in the student's
     * school; refused for a graduate or a year already rolled over.
     */
    StudentStanding markRepeating(Actor actor, long studentId, int schoolYear, boolean repeating);

    /** Whether a student graduated (and when) or is marked repeating; within the actor's scope. */
    StudentStanding standing(Actor actor, long studentId);
}
