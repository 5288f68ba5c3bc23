package org.xueji.platform.api.workflow;

import java.util.Map;
import java.util.Objects;

/**
 * What a module submits.
 *
 * @param type        the request type's id
 * @param subjectRef  the module's own key of the thing decided (e.g. the data-release id), handed
 *                    back in the outcome
 * @param subject     a short description for the deciders' inbox, without personal data beyond
 *                    what every decider may see (no ID numbers; e.g. the purpose of a release)
 * @param schoolId    the school the request concerns, {@code null} for district-wide
 * @param stepSchools for steps decided by a school ({@link DeciderScope#SCHOOL}): the deciding
 *                    school by step id; a step not listed is decided by {@code schoolId}
 */
public record NewWorkflowRequest(String type, String subjectRef, String subject, Long schoolId,
                                 Map<String, Long> stepSchools) {

    public NewWorkflowRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectRef, "subjectRef");
        stepSchools = stepSchools == null ? Map.of() : Map.copyOf(stepSchools);
    }

    public NewWorkflowRequest(String type, String subjectRef, String subject, Long schoolId) {
        this(type, subjectRef, subject, schoolId, Map.of());
    }
}
