package org.xueji.platform.api.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.xueji.platform.api.MessageKey;

/**
 * One reminder for one person: a message key with its arguments, localised by the console
 * (services never build sentences or name console routes).
 *
 * @param severity  how urgent
 * @param message   the text's key, from the providing module's messages
 * @param args      the message's arguments (numbers, dates, school names)
 * @param dueDate   the deadline it is about, may be null
 * @param topic     what it is about, e.g. {@code enrollment.deadlines}: a console view that
 *                  declares this topic is offered as the link; may be null
 */
public record Reminder(Severity severity, MessageKey message, List<Object> args, LocalDate dueDate, String topic) {

    public enum Severity { INFO, WARNING, OVERDUE }

    public Reminder {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        args = args == null ? List.of() : List.copyOf(args);
    }
}
