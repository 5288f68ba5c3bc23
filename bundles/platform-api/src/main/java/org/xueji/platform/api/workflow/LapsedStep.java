package org.xueji.platform.api.workflow;

import java.time.LocalDate;

/**
 * A workflow step left undecided past its deadline (R17).
 *
 * @param requestType          the request type's id, e.g. {@code data-release}
 * @param requestId            the workflow request
 * @param stepName             the step's id within its type, e.g. {@code bureau-approval}
 * @param responsibleSchoolId  the school that had to decide, {@code null} for the bureau
 * @param deadline             the last working day of the step
 * @param detectedOn           the day the lapse was found
 */
public record LapsedStep(String requestType, long requestId, String stepName, Long responsibleSchoolId,
                         LocalDate deadline, LocalDate detectedOn) {
}
