package org.xueji.platform.api.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.ValidationException;

/** D2: a year's schedule is refused when inconsistent, with message keys; nothing half-accepted. */
class HolidayScheduleTest {

    private static List<MessageKey> keys(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::messageKey).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void d2_aDayOffOnAWeekendIsAccepted_asInTheOfficialSchedules() {
        // Sat 2025-02-01 lies inside the 春节 block and is listed as a day off by the notice
        HolidaySchedule s = HolidaySchedule.of(2025, List.of("https://www.gov.cn/x.htm"),
                List.of(new SpecialDay(parse("2025-02-01"), " 春节 ", true),
                        new SpecialDay(parse("2025-01-26"), "春节", false)));
        assertThat(s.days()).extracting(SpecialDay::date).containsExactly(parse("2025-01-26"), parse("2025-02-01"));
        assertThat(s.day(parse("2025-02-01"))).get().extracting(SpecialDay::name).isEqualTo("春节");
        assertThat(s.daysOff()).isEqualTo(1);
        assertThat(s.makeUpDays()).isEqualTo(1);
    }

    @Test
    void d2_aDateTwiceIsRefused() {
        assertThat(keys(() -> HolidaySchedule.of(2025, List.of(), List.of(
                new SpecialDay(parse("2025-10-01"), "国庆节", true),
                new SpecialDay(parse("2025-10-01"), "国庆节", true)))))
                .containsExactly(CalendarMessages.DATE_TWICE);
    }

    @Test
    void d2_aDateOutsideTheYearIsRefused() {
        assertThatThrownBy(() -> HolidaySchedule.of(2025, List.of(), List.of(
                new SpecialDay(parse("2026-01-01"), "元旦", true))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("days[0]");
                    assertThat(e.message(Locale.ENGLISH)).contains("2026-01-01 is not in 2025");
                });
    }

    @Test
    void d2_aMakeUpDayOnAWeekdayIsRefused() {
        // Wed 2025-10-08 is a weekday: declaring it a make-up working day is a mistake
        assertThat(keys(() -> HolidaySchedule.of(2025, List.of(), List.of(
                new SpecialDay(parse("2025-10-08"), "国庆节", false)))))
                .containsExactly(CalendarMessages.MAKE_UP_NOT_WEEKEND);
    }

    @Test
    void d2_namesYearsAndSizesAreChecked() {
        assertThat(keys(() -> HolidaySchedule.of(2025, List.of(), List.of(
                new SpecialDay(parse("2025-05-01"), "  ", true),
                new SpecialDay(parse("2025-05-02"), "劳".repeat(51), true),
                new SpecialDay(parse("2025-05-03"), "劳动\u0007节", true),
                new SpecialDay(null, "劳动节", true)))))
                .containsExactly(CalendarMessages.NAME_REQUIRED, CalendarMessages.NAME_TOO_LONG,
                        CalendarMessages.NAME_CONTROL_CHARACTERS, CalendarMessages.DATE_REQUIRED);
        assertThat(keys(() -> HolidaySchedule.of(1999, List.of(), List.of())))
                .containsExactly(CalendarMessages.YEAR_OUT_OF_RANGE);
        assertThat(keys(() -> HolidaySchedule.of(2025, Collections.nCopies(11, "https://www.gov.cn/"), List.of())))
                .containsExactly(CalendarMessages.PAPERS_INVALID);
        List<SpecialDay> tooMany = new ArrayList<>();
        for (int i = 0; i < 367; i++) {
            tooMany.add(new SpecialDay(parse("2024-01-01").plusDays(i), "x", true));
        }
        assertThat(keys(() -> HolidaySchedule.of(2024, List.of(), tooMany)))
                .containsExactly(CalendarMessages.TOO_MANY_DAYS);
    }

    @Test
    void d2_withAndWithoutRecheckTheYear() {
        HolidaySchedule s = OfficialSchedules.y2025();
        HolidaySchedule more = s.with(new SpecialDay(parse("2025-03-08"), "校庆", true));
        assertThat(more.days()).hasSize(s.days().size() + 1);
        // replacing the entry of a date keeps one entry for it
        HolidaySchedule renamed = more.with(new SpecialDay(parse("2025-03-08"), "校庆日", true));
        assertThat(renamed.days()).hasSize(more.days().size());
        assertThat(renamed.without(parse("2025-03-08"))).isEqualTo(s);
        assertThat(keys(() -> s.with(new SpecialDay(parse("2025-03-05"), "x", false))))
                .containsExactly(CalendarMessages.MAKE_UP_NOT_WEEKEND);
    }

    @Test
    void d2_everyMessageHasChineseAndEnglishText() {
        for (CalendarMessages m : CalendarMessages.values()) {
            assertThat(m.format(Locale.SIMPLIFIED_CHINESE, "a", "b", "c")).isNotEqualTo(m.key());
            assertThat(m.format(Locale.ENGLISH, "a", "b", "c")).isNotEqualTo(m.key())
                    .isNotEqualTo(m.format(Locale.SIMPLIFIED_CHINESE, "a", "b", "c"));
        }
    }
}
