package org.xueji.specialneeds.api;

import java.time.LocalDate;

/** A version of a child's plan for a semester and its approval by the school's leader. */
public record Plan(long id, long childId, int version, PlanData data, DecisionStatus status, Long workflowRequestId,
                   LocalDate decidedOn, String createdBy) {
}
