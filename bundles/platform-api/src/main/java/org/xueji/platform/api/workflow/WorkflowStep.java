package org.xueji.platform.api.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.xueji.platform.api.Permission;

/**
 * One step of a submitted request, with its decision once made.
 *
 * @param position  0 for the first step
 * @param name      the step definition's id
 * @param schoolId  the deciding school for {@link DeciderScope#SCHOOL} steps, else {@code null}
 * @param deadline  the last working day to decide (set when the step opens)
 * @param lapsedOn  the day the lapse was recorded (R17), {@code null} if never lapsed
 */
public record WorkflowStep(long id, int position, String name, Permission permission, DeciderScope scope,
                           Long schoolId, StepStatus status, LocalDate openedOn, LocalDate deadline,
                           LocalDate lapsedOn, String decidedBy, Instant decidedAt, String reason) {
}
