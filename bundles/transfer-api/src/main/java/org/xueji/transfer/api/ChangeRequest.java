package org.xueji.transfer.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registry change with where its decision stands.
 *
 * @param studentId         the record; 0 for a transfer in ({@link ChangeType#TRANSFER_IN}) not approved yet
 *                          (its record is created by the approval)
 * @param workflowRequestId the kit's workflow request, {@code null} for a withdrawal done directly
 * @param currentStep       the open step's id, {@code null} when decided
 * @param deadline          the open step's last working day (R17)
 * @param workingDaysLeft   working days left for the open step (negative: overdue), {@code null}
 *                          when decided or the calendar has no data
 * @param readOnly          the actor sees it without being able to act (e.g. the sending school's view)
 * @param replyAgreed       transfer out: the other side's reply, {@code null} until recorded
 * @param arrivedOn         transfer out: the arrival confirmed, or {@code null}
 * @param localCode         {@link ChangeType#LOCAL}: the configured local type's code, else {@code null}
 */
public record ChangeRequest(long id, ChangeType type, ChangeStatus status, long studentId, long fromSchoolId,
                            Long fromClassId, Long toSchoolId, Long toClassId, LocalDate effectiveDate, String reason,
                            LocalDate plannedReturn, String otherSide, Boolean replyAgreed, LocalDate arrivedOn,
                            String overrideReason, Long workflowRequestId, String currentStep, LocalDate deadline,
                            Integer workingDaysLeft, String submittedBy, Instant submittedAt, Instant decidedAt,
                            String decisionReason, boolean readOnly, String localCode) {

    /** A change of a built-in type. */
    public ChangeRequest(long id, ChangeType type, ChangeStatus status, long studentId, long fromSchoolId,
                         Long fromClassId, Long toSchoolId, Long toClassId, LocalDate effectiveDate, String reason,
                         LocalDate plannedReturn, String otherSide, Boolean replyAgreed, LocalDate arrivedOn,
                         String overrideReason, Long workflowRequestId, String currentStep, LocalDate deadline,
                         Integer workingDaysLeft, String submittedBy, Instant submittedAt, Instant decidedAt,
                         String decisionReason, boolean readOnly) {
        this(id, type, status, studentId, fromSchoolId, fromClassId, toSchoolId, toClassId, effectiveDate, reason,
                plannedReturn, otherSide, replyAgreed, arrivedOn, overrideReason, workflowRequestId, currentStep,
                deadline, workingDaysLeft, submittedBy, submittedAt, decidedAt, decisionReason, readOnly, null);
    }

    public boolean overdue() {
        return workingDaysLeft != null && workingDaysLeft < 0;
    }
}
