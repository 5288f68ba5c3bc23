package org.xueji.ui.shell.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One date-picker set-up: Chinese names by default, English in the English UI, yyyy-MM-dd. */
class DatePickersTest {

    @Test
    @DisplayName("Chinese month and weekday names, weeks from Monday, yyyy-MM-dd first")
    void chinese() {
        DatePicker.DatePickerI18n i18n = DatePickers.i18n(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("一月").endsWith("十二月");
        assertThat(i18n.getWeekdaysShort()).isEqualTo(List.of("日", "一", "二", "三", "四", "五", "六"));
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("星期日");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd", "yyyyMMdd", "yyyy/M/d", "yyyy.M.d");
    }

    @Test
    @DisplayName("English names in the English UI")
    void english() {
        DatePicker.DatePickerI18n i18n = DatePickers.i18n(Locale.ENGLISH);
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("Invalid date: use yyyy-MM-dd.");
        assertThat(i18n.getMonthNames()).hasSize(12);
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("Sunday");
        assertThat(i18n.getWeekdaysShort()).hasSize(7);
    }
}
