package org.xueji.platform.workflow.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.api.workflow.WorkflowMessages;
import org.xueji.platform.api.workflow.WorkflowService;

/** R17: the decider is reminded of overdue steps (first) and of steps waiting for them. */
@Component(service = ReminderProvider.class)
public class WorkflowReminders implements ReminderProvider {

    /** The topic of the inbox view: the console links the reminder to it. */
    public static final String TOPIC = "workflow.inbox";

    private final WorkflowService workflow;

    @Activate
    public WorkflowReminders(@Reference WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public List<Reminder> reminders(Actor actor) {
        // the counts and the most urgent line only: never the whole inbox
        int pending = workflow.countInbox(actor, PendingFilter.ALL);
        List<Reminder> out = new ArrayList<>();
        if (pending == 0) {
            return out;
        }
        int overdue = workflow.countInbox(actor, PendingFilter.ALL.overdue());
        List<PendingStep> first = workflow.inbox(actor, PendingFilter.ALL, 0, 1);
        if (first.isEmpty()) {
            return out; // decided between the two queries
        }
        LocalDate earliest = first.get(0).deadline();
        if (overdue > 0) {
            out.add(new Reminder(Reminder.Severity.OVERDUE, WorkflowMessages.REMINDER_OVERDUE, List.of((long) overdue),
                    earliest, TOPIC));
        }
        out.add(new Reminder(overdue > 0 ? Reminder.Severity.WARNING : Reminder.Severity.INFO,
                WorkflowMessages.REMINDER_PENDING, List.of(pending, earliest), earliest, TOPIC));
        return out;
    }
}
