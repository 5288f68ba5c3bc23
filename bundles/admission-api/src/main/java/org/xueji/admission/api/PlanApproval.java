package org.xueji.admission.api;

/** A school's plan as saved, with the district's approval of it and the workflow request asking for it. */
public record PlanApproval(SchoolPlan plan, PlanStatus status, Long requestId) {
}
