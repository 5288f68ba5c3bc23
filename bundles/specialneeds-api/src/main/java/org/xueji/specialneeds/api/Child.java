package org.xueji.specialneeds.api;

import java.time.LocalDate;
import org.xueji.registry.api.followup.Placement;

/**
 * A child of the register (R25) with the current placement (null until an assessment was
 * approved) and the next review date (a deferral's review, or the yearly reassessment).
 */
public record Child(long id, ChildData data, Placement placement, LocalDate placedOn, LocalDate reviewDue,
                    String referralSource) {

    public boolean homeTeaching() {
        return placement == Placement.HOME_TEACHING;
    }
}
