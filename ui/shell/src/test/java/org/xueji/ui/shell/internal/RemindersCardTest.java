package org.xueji.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;

/** Issue 8: the console shows the reminders of all providers, most urgent first, localised. */
class RemindersCardTest {

    private static final Actor ACTOR = Actor.system("test");

    private static Reminder reminder(Reminder.Severity severity, LocalDate due) {
        return new Reminder(severity, ShellText.REMINDERS_TITLE, List.of(), due, null);
    }

    @Test
    @DisplayName("overdue before warnings before information, earlier deadlines first; a failing module is left out")
    void collectsAndOrders() {
        Reminder info = reminder(Reminder.Severity.INFO, LocalDate.of(2026, 9, 1));
        Reminder lateOverdue = reminder(Reminder.Severity.OVERDUE, LocalDate.of(2026, 10, 31));
        Reminder earlyOverdue = reminder(Reminder.Severity.OVERDUE, LocalDate.of(2026, 9, 30));
        Reminder warning = reminder(Reminder.Severity.WARNING, null);
        ReminderProvider one = actor -> List.of(info, lateOverdue);
        ReminderProvider failing = actor -> {
            throw new IllegalStateException("module stopping");
        };
        ReminderProvider two = actor -> List.of(warning, earlyOverdue);

        List<Reminder> shown = RemindersCard.collect(List.of(one, failing, two), ACTOR);

        assertThat(shown).containsExactly(earlyOverdue, lateOverdue, warning, info);
    }

    @Test
    @DisplayName("a reminder's text is its message key formatted in the user's language")
    void localised() {
        Reminder r = new Reminder(Reminder.Severity.WARNING, ShellText.REMINDER_NOTICE, List.of("X"), null, null);

        assertThat(RemindersCard.text(r, Locale.SIMPLIFIED_CHINESE)).isEqualTo("提醒：X");
        assertThat(RemindersCard.text(r, Locale.ENGLISH)).isEqualTo("Reminders: X");
    }
}
