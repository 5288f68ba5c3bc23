package org.xueji.platform.api.reminder;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * Whiteboard: every module that has reminders registers one of these services; the console
 * shows what all installed modules return for the logged-in person (dashboard and notices).
 * A provider applies the actor's permissions and school scope itself, like any service.
 */
public interface ReminderProvider {

    /** Reminders for this person now, most urgent first. Must be cheap: it runs on every home page view. */
    List<Reminder> reminders(Actor actor);
}
