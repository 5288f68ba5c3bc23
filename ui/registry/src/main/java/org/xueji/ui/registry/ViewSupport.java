package org.xueji.ui.registry;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.xueji.ui.shell.api.UiContext;

/** Small component helpers shared by the registry views. */
final class ViewSupport {

    /** A text of the registry views in the user's language. */
    static String t(RegistryUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    /** {@code 学生查询 - 学籍管理平台}. */
    static String pageTitle(RegistryUiText title) {
        Locale locale = UiContext.locale();
        return RegistryUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    /** Date picker texts (Chinese month and weekday names by default), format yyyy-MM-dd. */
    static DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(RegistryUiText.DATE_MONTHS.format(locale)))
                .setWeekdays(list(RegistryUiText.DATE_WEEKDAYS.format(locale)))
                .setWeekdaysShort(list(RegistryUiText.DATE_WEEKDAYS_SHORT.format(locale)))
                .setFirstDayOfWeek(1)
                .setToday(RegistryUiText.DATE_TODAY.format(locale))
                .setCancel(RegistryUiText.DATE_CANCEL.format(locale))
                .setBadInputErrorMessage(RegistryUiText.DATE_BAD_INPUT.format(locale))
                .setDateFormats("yyyy-MM-dd", "yyyyMMdd", "yyyy/M/d", "yyyy.M.d");
    }

    static void showErrorText(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }

    private ViewSupport() {
    }
}
