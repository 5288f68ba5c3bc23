package org.xueji.ui.admin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.UiContext;

/** Small helpers of the calendar view. */
final class CalendarTexts {

    private CalendarTexts() {
    }

    static String t(CalendarUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    /** The district administration edits; everyone else reads (the service enforces the same). */
    static boolean canEdit(Actor actor) {
        return actor.has(Permission.ADMINISTER_SYSTEM) && actor.isDistrictWide();
    }

    static String weekday(LocalDate date, Locale locale) {
        List<String> names = List.of(CalendarUiText.WEEKDAYS_SHORT.format(locale).split(","));
        return names.get(date.getDayOfWeek().getValue() - 1).strip();
    }
}
