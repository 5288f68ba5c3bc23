package org.xueji.admission.api;

import java.time.Instant;

/**
 * An application as the school and the district see it (the ID number in full only here;
 * public results use {@link PublicResult}). {@code placedSchoolId} is the school of admission:
 * the applied school when admitted, the district's choice when placed (统筹安排).
 */
public record Application(long id, String number, long seasonId, long schoolId, ApplicationForm form,
                          ApplicationStatus status, String rejectionReason, Integer priorityRank,
                          Long placedSchoolId, Instant submittedAt, String submittedBy) {
}
