package org.xueji.dropout.api.inspection;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * Awareness activities (R20) per school and semester (SchoolYearService): RECORD_DROPOUT for the
 * actor's school (the district for any school); VIEW_DROPOUT reads them in scope.
 */
public interface AwarenessService {

    /** Records an activity; its date must fall in a semester (NO_SEMESTER in a break) and not in the future. */
    Activity record(Actor actor, NewActivity activity);

    /** The activities of a semester ({@code schoolId} null: all in scope). */
    List<Activity> activities(Actor actor, Long schoolId, int schoolYear, int semester);

    /** Per school in scope, the semester's totals (schools without activities are left out). */
    List<AwarenessSummary> summary(Actor actor, int schoolYear, int semester);
}
