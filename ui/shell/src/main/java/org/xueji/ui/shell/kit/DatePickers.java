package org.xueji.ui.shell.kit;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.xueji.ui.shell.api.UiContext;

/**
 * The one date-picker set-up of the console: Chinese month and weekday names by default
 * (English in the English UI), weeks from Monday, {@code yyyy-MM-dd} shown, and the usual
 * typed forms ({@code 20260901}, {@code 2026/9/1}, {@code 2026.9.1}) accepted.
 */
public final class DatePickers {

    /** The date formats: the first is the display format. */
    static final String[] FORMATS = {"yyyy-MM-dd", "yyyyMMdd", "yyyy/M/d", "yyyy.M.d"};

    /** A date picker in the user's language, with an element id (for tests) and a label. */
    public static DatePicker create(String id, String label) {
        DatePicker picker = new DatePicker(label);
        if (id != null) {
            picker.setId(id);
        }
        picker.setI18n(i18n(UiContext.locale()));
        picker.setPlaceholder(FORMATS[0]);
        picker.setClearButtonVisible(true);
        return picker;
    }

    /** The texts for a {@link DatePicker} (or a date-time picker) in {@code locale}. */
    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(KitText.DATE_MONTHS.format(locale)))
                .setWeekdays(list(KitText.DATE_WEEKDAYS.format(locale)))
                .setWeekdaysShort(list(KitText.DATE_WEEKDAYS_SHORT.format(locale)))
                .setFirstDayOfWeek(1)
                .setToday(KitText.DATE_TODAY.format(locale))
                .setCancel(KitText.DATE_CANCEL.format(locale))
                .setBadInputErrorMessage(KitText.DATE_BAD_INPUT.format(locale))
                .setDateFormats(FORMATS[0], Arrays.copyOfRange(FORMATS, 1, FORMATS.length));
    }

    static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }

    private DatePickers() {
    }
}
