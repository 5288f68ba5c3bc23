package org.xueji.transfer.service.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.api.workflow.WorkflowStep;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.service.internal.entity.ChangeEntity;

/** A change row with its open step, deadline and working days left (R17), as the actor sees it. */
final class ChangeViews {

    /** Reads the workflow request after the caller checked the actor's scope on the change. */
    private static final Actor READER = Actor.system("transfer-view");

    private final WorkflowService workflow;
    private final WorkingDayCalendar calendar;

    ChangeViews(WorkflowService workflow, WorkingDayCalendar calendar) {
        this.workflow = workflow;
        this.calendar = calendar;
    }

    ChangeRequest view(ChangeEntity e, Actor actor, LocalDate today) {
        String step = null;
        LocalDate deadline = null;
        Integer left = null;
        if (e.workflowId != null && ChangeStatus.PENDING.name().equals(e.status)) {
            WorkflowRequest r = workflow.request(READER, e.workflowId);
            Optional<WorkflowStep> open = r.currentStep();
            if (open.isPresent()) {
                step = open.get().name();
                deadline = open.get().deadline();
                try {
                    left = deadline == null ? null : calendar.workingDaysBetween(today, deadline);
                } catch (CalendarYearMissingException missing) {
                    left = null; // never guessed (D2)
                }
            }
        }
        ChangeType type = ChangeType.ofId(e.type);
        // the sending school keeps a read-only view of what it sent
        boolean readOnly = !actor.isDistrictWide() && type == ChangeType.TRANSFER
                && actor.schoolId() == e.fromSchoolId && !ChangeStatus.PENDING.name().equals(e.status);
        return new ChangeRequest(e.id, type, ChangeStatus.valueOf(e.status), e.studentId, e.fromSchoolId,
                e.fromClassId, e.toSchoolId, e.toClassId, e.effectiveDate, e.reason, e.plannedReturn, e.otherSide,
                e.replyAgreed, e.arrivedOn, e.overrideReason, e.workflowId, step, deadline, left, e.submittedBy,
                e.submittedAt, e.decidedAt, e.decisionReason, readOnly, e.localCode);
    }
}
