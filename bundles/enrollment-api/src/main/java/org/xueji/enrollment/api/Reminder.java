package org.xueji.enrollment.api;

import java.time.LocalDate;

/**
 * A reminder shown in the console (dashboard and notices): a deadline coming up or
 * missed, a verification campaign to do.
 *
 * @param route console route to open for it, may be null
 */
public record Reminder(Severity severity, String text, LocalDate dueDate, String route) {

    public enum Severity { INFO, WARNING, OVERDUE }
}
