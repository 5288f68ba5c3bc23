package org.xueji.registry.api.priority;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xueji.platform.api.Actor;

/**
 * Read-only registry figures for the dropout module. Needs VIEW_STUDENT; a school account sees
 * its school, a teacher or head teacher the records of their classes, a district account all.
 */
public interface PriorityRoster {

    /**
     * Records 在读 that are orphans, disabled, left-behind or migrant, in the actor's scope; with
     * {@code schoolId} only that school (which must be in scope). Ordered by school, class, name.
     */
    List<PriorityStudent> priorityStudents(Actor actor, Long schoolId);

    /**
     * Records 在读 whose age on {@code on} is between {@code minAge} and {@code maxAge} (inclusive),
     * counted per school id, in the actor's scope (district: every school; others: their school).
     */
    Map<Long, Long> schoolAgeCounts(Actor actor, LocalDate on, int minAge, int maxAge);
}
