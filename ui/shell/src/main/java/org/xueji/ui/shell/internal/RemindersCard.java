package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.api.reminder.ReminderProvider;

/**
 * The home page's 提醒 card: the reminders of every installed module ({@link ReminderProvider}
 * whiteboard), localised here, each linked to a view that declares its topic. Urgent ones are
 * also shown once per session as a notification, on the first visit of the home page.
 */
final class RemindersCard {

    private static final Logger LOG = LoggerFactory.getLogger(RemindersCard.class);
    /** Session attribute: the reminders were shown as a notification already. */
    static final String NOTIFIED = RemindersCard.class.getName() + ".notified";

    private RemindersCard() {
    }

    static Component create(ViewRegistry registry, Actor actor, Locale locale) {
        List<Reminder> reminders = collect(registry.reminderProviders(), actor);
        Div card = new Div();
        card.setId("reminders-card");
        card.getStyle().set("padding", "var(--lumo-space-l)")
                .set("background-color", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "16em").set("max-width", "40em");
        H3 title = new H3(ShellText.REMINDERS_TITLE.format(locale));
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        card.add(title);
        if (reminders.isEmpty()) {
            Span none = new Span(ShellText.REMINDERS_NONE.format(locale));
            none.setId("reminders-none");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            card.add(none);
        }
        for (int i = 0; i < reminders.size(); i++) {
            Reminder r = reminders.get(i);
            card.add(line(r, i, locale, registry.routeForTopic(r.topic(), actor)));
        }
        notifyOnce(reminders, locale);
        return card;
    }

    /** All providers' reminders, most urgent first, then by due date; a failing provider is left out. */
    static List<Reminder> collect(List<ReminderProvider> providers, Actor actor) {
        List<Reminder> all = new ArrayList<>();
        for (ReminderProvider provider : providers) {
            try {
                all.addAll(provider.reminders(actor));
            } catch (RuntimeException e) {
                // a module going away (or failing) must not break the home page
                LOG.warn("Reminders of {} unavailable: {}", provider.getClass().getName(), e.toString());
            }
        }
        all.sort(Comparator.comparing((Reminder r) -> -r.severity().ordinal())
                .thenComparing(Reminder::dueDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        return all;
    }

    /** The reminder's text in the user's language. */
    static String text(Reminder r, Locale locale) {
        return r.message().format(locale, r.args().toArray());
    }

    private static Div line(Reminder r, int index, Locale locale, Optional<String> route) {
        Div line = new Div();
        line.setId("reminder-" + index);
        line.addClassNames("reminder", "reminder-" + r.severity().name().toLowerCase(Locale.ROOT));
        line.getStyle().set("border-left", "4px solid " + colour(r.severity()))
                .set("padding-left", "var(--lumo-space-s)");
        Span text = new Span(text(r, locale));
        text.getStyle().set("color", colour(r.severity()));
        line.add(text);
        route.ifPresent(href -> {
            Anchor link = new Anchor(href, ShellText.REMINDER_OPEN.format(locale));
            link.getStyle().set("margin-left", "var(--lumo-space-s)");
            line.add(link);
        });
        return line;
    }

    static String colour(Reminder.Severity severity) {
        return switch (severity) {
            case OVERDUE -> "var(--lumo-error-text-color)";
            case WARNING -> "var(--lumo-warning-text-color, #a35f00)";
            case INFO -> "var(--lumo-body-text-color)";
        };
    }

    private static void notifyOnce(List<Reminder> reminders, Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getAttribute(NOTIFIED) != null) {
            return;
        }
        List<Reminder> urgent = reminders.stream().filter(r -> r.severity() != Reminder.Severity.INFO).toList();
        if (urgent.isEmpty()) {
            return;
        }
        session.setAttribute(NOTIFIED, Boolean.TRUE);
        String text = ShellText.REMINDER_NOTICE.format(locale,
                urgent.stream().map(r -> text(r, locale))
                        .collect(Collectors.joining(ShellText.REMINDER_JOIN.format(locale))));
        // bottom corner: the header's buttons (logout, language) stay reachable
        Notification n = Notification.show(text, 8000, Notification.Position.BOTTOM_END);
        n.setId("reminder-notice");
        boolean overdue = urgent.stream().anyMatch(r -> r.severity() == Reminder.Severity.OVERDUE);
        n.addThemeVariants(overdue ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_WARNING);
    }
}
