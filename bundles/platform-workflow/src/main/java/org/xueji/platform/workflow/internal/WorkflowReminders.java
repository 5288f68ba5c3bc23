package org.xueji.platform.workflow.internal;

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
        List<PendingStep> inbox = workflow.inbox(actor, PendingFilter.ALL);
        List<Reminder> out = new ArrayList<>();
        long overdue = inbox.stream().filter(PendingStep::overdue).count();
        if (overdue > 0) {
            out.add(new Reminder(Reminder.Severity.OVERDUE, WorkflowMessages.REMINDER_OVERDUE, List.of(overdue),
                    inbox.get(0).deadline(), TOPIC));
        }
        if (!inbox.isEmpty()) {
            out.add(new Reminder(overdue > 0 ? Reminder.Severity.WARNING : Reminder.Severity.INFO,
                    WorkflowMessages.REMINDER_PENDING, List.of(inbox.size(), inbox.get(0).deadline()),
                    inbox.get(0).deadline(), TOPIC));
        }
        return out;
    }
}
