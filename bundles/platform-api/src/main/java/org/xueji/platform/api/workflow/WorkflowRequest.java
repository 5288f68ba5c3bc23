package org.xueji.platform.api.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A submitted request with all its steps, first to last: its history of decisions. */
public record WorkflowRequest(long id, String type, String subjectRef, String subject, Long schoolId,
                              RequestStatus status, String submittedBy, Instant submittedAt, Instant decidedAt,
                              List<WorkflowStep> steps) {

    public WorkflowRequest {
        steps = List.copyOf(steps);
    }

    /** The step open for a decision, if the request is still pending. */
    public Optional<WorkflowStep> currentStep() {
        return steps.stream().filter(s -> s.status() == StepStatus.PENDING).findFirst();
    }
}
