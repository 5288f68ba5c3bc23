package org.xueji.specialneeds.api;

import java.time.LocalDate;

/** An assessment and the approval of its placement (school proposes, district approves). */
public record Assessment(long id, long childId, AssessmentData data, DecisionStatus status, Long workflowRequestId,
                         LocalDate decidedOn, String proposedBy) {
}
