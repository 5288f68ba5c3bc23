package org.xueji.specialneeds.api;

/**
 * A child taught at home with its live R26 standing in the semester of the day (null in the
 * breaks) and whether an approved plan with teachers exists for that semester.
 */
public record ChildStatus(Child child, Compliance compliance, boolean hasApprovedPlan, boolean planHasTeachers) {

    public ComplianceStatus status() {
        return compliance == null ? ComplianceStatus.ON_TRACK : compliance.status();
    }
}
