package org.xueji.transfer.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.TransferMessages;

/**
 * R17: a decider hears of each registry change waiting for them whose step is overdue, or due within
 * {@value #DUE_SOON_WORKING_DAYS} working days (overdue first). The workflow's inbox applies the
 * decider's permission and scope; the other modules' requests in it are left to their own providers.
 */
@Component(service = ReminderProvider.class)
public class TransferReminders implements ReminderProvider {

    /** The topic of the transfer list (学籍异动): the console links the reminder to it. */
    public static final String TOPIC = "transfer.changes";
    static final int DUE_SOON_WORKING_DAYS = 2;
    /** Inbox lines read at a time. */
    static final int PAGE = 200;

    private static final Set<String> TYPES = Stream.of(ChangeType.values()).map(ChangeType::id)
            .collect(Collectors.toUnmodifiableSet());

    private final WorkflowService workflow;

    @Activate
    public TransferReminders(@Reference WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public List<Reminder> reminders(Actor actor) {
        List<Reminder> overdue = new ArrayList<>();
        List<Reminder> dueSoon = new ArrayList<>();
        // only the registry changes, page by page in deadline order: once a step is further off than
        // "due soon", every later one is too (the inbox is ordered by deadline), so the rest is not read
        PendingFilter changes = PendingFilter.ALL.withTypes(TYPES);
        pages:
        for (int offset = 0; ; offset += PAGE) {
            List<PendingStep> page = workflow.inbox(actor, changes, offset, PAGE);
            for (PendingStep step : page) {
                // the change's id is the request's subject reference; no personal data in a reminder
                if (step.overdue()) {
                    overdue.add(new Reminder(Reminder.Severity.OVERDUE, TransferMessages.REMINDER_STEP_OVERDUE,
                            List.of(step.subjectRef(), step.deadline()), step.deadline(), TOPIC));
                } else if (step.workingDaysLeft() != null && step.workingDaysLeft() <= DUE_SOON_WORKING_DAYS) {
                    dueSoon.add(new Reminder(Reminder.Severity.WARNING, TransferMessages.REMINDER_STEP_DUE_SOON,
                            List.of(step.subjectRef(), step.deadline(), step.workingDaysLeft()), step.deadline(),
                            TOPIC));
                } else if (step.workingDaysLeft() != null) {
                    break pages;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        overdue.addAll(dueSoon);
        return overdue;
    }
}
