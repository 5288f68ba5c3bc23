package org.xueji.ui.admin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** D2: every text of the calendar view in Chinese (default) and English. */
class CalendarUiTextTest {

    @Test
    void d2_everyTextHasChineseAndEnglish() {
        for (CalendarUiText key : CalendarUiText.values()) {
            String zh = key.format(Locale.SIMPLIFIED_CHINESE);
            String en = key.format(Locale.ENGLISH);
            assertThat(zh).as("zh %s", key).isNotEqualTo(key.name()).isNotBlank();
            assertThat(en).as("en %s", key).isNotEqualTo(key.name()).isNotBlank().isNotEqualTo(zh);
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                assertThatCode(() -> key.format(l, "2025", 1L, 2L)).as("%s %s", key, l).doesNotThrowAnyException();
            }
        }
        assertThat(CalendarUiText.TITLE.format(Locale.GERMAN)).isEqualTo("工作日历");
    }

    @Test
    void d2_monthAndWeekdayListsHaveTwelveAndSeven() {
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            assertThat(CalendarUiText.MONTHS.format(l).split(",")).hasSize(12);
            assertThat(CalendarUiText.WEEKDAYS_SHORT.format(l).split(",")).hasSize(7);
        }
        assertThat(CalendarTexts.weekday(java.time.LocalDate.parse("2025-01-26"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("日");
    }
}
