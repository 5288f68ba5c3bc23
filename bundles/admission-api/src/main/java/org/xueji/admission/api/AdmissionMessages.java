package org.xueji.admission.api;

import org.xueji.platform.api.MessageKey;

/** Refusals and texts of the admission module; Chinese in {@code messages.properties}, English in {@code messages_en.properties}. */
public enum AdmissionMessages implements MessageKey {
    /** {0} the first day, {1} the last day of the window. */
    WINDOW_CLOSED,
    NAME_REQUIRED,
    CATEGORY_REQUIRED,
    /** {0} the child's age on the cut-off date, {1} the minimum, {2} the maximum, {3} the cut-off date. */
    AGE_WRONG_FOR_GRADE,
    ADDRESS_REQUIRED,
    /** The address is not in a service area of the chosen school. */
    ADDRESS_OUTSIDE_AREA,
    /** The address is in no service area of the district. */
    ADDRESS_OUTSIDE_DISTRICT,
    PERMIT_REQUIRED,
    PERMIT_NUMBER_INVALID,
    PERMIT_ISSUER_REQUIRED,
    /** valid-from after valid-until, or missing. */
    PERMIT_DATES_INVALID,
    /** {0} the cut-off date. */
    PERMIT_NOT_VALID_ON_CUTOFF,
    PERMIT_OUTSIDE_DISTRICT,
    /** {0} months of residence, {1} months required. */
    RESIDENCE_TOO_SHORT,
    /** {0} the proof. */
    PROOF_MISSING,
    /** {0} the proof. */
    PROOF_NOT_ACCEPTED,
    DUPLICATE_APPLICATION,
    /** {0} the id. */
    SEASON_NOT_FOUND,
    /** {0} the id or number. */
    APPLICATION_NOT_FOUND,
    /** {0} the school id. */
    SCHOOL_NOT_IN_SEASON,
    DISTRICT_ONLY,
    GRADE_INVALID,
    SEASON_DATES_INVALID,
    SEASON_EXISTS,
    PLAN_INVALID,
    AREA_INVALID,
    PRIORITY_ORDER_INVALID,
    REJECTION_REASON_REQUIRED,
    /** {0} the status. */
    STATUS_NOT_REVIEWABLE,
    APPLICATION_NOT_EDITABLE,
    SEED_REQUIRED,
    SEED_ALREADY_PUBLISHED,
    SEED_NOT_PUBLISHED,
    WINDOW_STILL_OPEN,
    ALLOCATION_ALREADY_RUN,
    /** {0} the school, {1} the priority group. */
    DRAW_ALREADY_RUN,
    /** {0} the draw id. */
    DRAW_NOT_FOUND,
    ALLOCATION_NOT_RUN,
    NOT_WAITING_FOR_PLACEMENT,
    NO_SEATS_LEFT,
    /** {0} the limit. */
    TEXT_TOO_LONG,
    TOO_MANY_ATTEMPTS,
    NOT_ADMITTED,
    ALREADY_REGISTERED,
    /** Allocation refused while a school's plan waits for the district's approval. */
    PLANS_AWAITING_APPROVAL,
    /** Workflow texts: the request type and its step. */
    WORKFLOW_PLAN,
    WORKFLOW_PLAN_STEP,
    /** {0} year, {1} grade, {2} classes, {3} cap, {4} reserved seats: the plan request's inbox subject. */
    WORKFLOW_PLAN_SUBJECT,
    /** The 户口性质 is not one of registry-api's HouseholdType names or national codes. */
    HOUSEHOLD_TYPE_UNKNOWN,
    /** {0} the evidence id. */
    EVIDENCE_NOT_FOUND,
    /** {0} the number of files an application may have. */
    EVIDENCE_LIMIT;

    @Override
    public String key() {
        return name();
    }
}
