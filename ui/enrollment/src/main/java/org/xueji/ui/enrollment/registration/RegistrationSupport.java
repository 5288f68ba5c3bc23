package org.xueji.ui.enrollment.registration;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.xueji.ui.shell.api.UiContext;

/** Small component helpers shared by the registration views. */
final class RegistrationSupport {

    /** A text of the registration views in the user's language. */
    static String t(RegistrationUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    /** {@code 新生注册 - 学籍管理平台}. */
    static String pageTitle(RegistrationUiText title) {
        Locale locale = UiContext.locale();
        return RegistrationUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    /** {@code 2026-09-30}, or an empty string. */
    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Date picker texts (Chinese month and weekday names by default), format yyyy-MM-dd. */
    static DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(RegistrationUiText.DATE_MONTHS.format(locale)))
                .setWeekdays(list(RegistrationUiText.DATE_WEEKDAYS.format(locale)))
                .setWeekdaysShort(list(RegistrationUiText.DATE_WEEKDAYS_SHORT.format(locale)))
                .setFirstDayOfWeek(1)
                .setToday(RegistrationUiText.DATE_TODAY.format(locale))
                .setCancel(RegistrationUiText.DATE_CANCEL.format(locale))
                .setBadInputErrorMessage(RegistrationUiText.DATE_BAD_INPUT.format(locale))
                .setDateFormats("yyyy-MM-dd", "yyyyMMdd", "yyyy/M/d", "yyyy.M.d");
    }

    /** A section heading of a form. */
    static H3 sectionTitle(RegistrationUiText title) {
        H3 h = new H3(t(title));
        h.getStyle().set("margin", "var(--lumo-space-m) 0 0 0").set("font-size", "var(--lumo-font-size-l)");
        return h;
    }

    static void showErrorText(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }

    private RegistrationSupport() {
    }
}
