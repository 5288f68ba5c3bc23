package org.xueji.platform.api.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.DomainException;

/**
 * D2: working-day arithmetic on the official 2025 and 2026 schedules. Every expected value is
 * counted by hand in the comment above it ("n" marks the n-th working day after the start).
 */
class StatutoryCalendarTest {

    private final StatutoryCalendar calendar =
            new StatutoryCalendar(List.of(OfficialSchedules.y2025(), OfficialSchedules.y2026()));

    @Test
    void d2_springFestival2025_theIssueExample() {
        // from Mon 2025-01-20: Tue 21 (1), Wed 22 (2), Thu 23 (3), Fri 24 (4), Sat 25 no,
        // Sun 26 make-up working day (5), Mon 27 (6), Tue 28 .. Tue 02-04 holiday, Wed 02-05 (7)
        assertThat(calendar.addWorkingDays(parse("2025-01-20"), 7)).isEqualTo(parse("2025-02-05"));
        assertThat(calendar.workingDaysBetween(parse("2025-01-20"), parse("2025-02-05"))).isEqualTo(7);
        // the same interval backwards is negative
        assertThat(calendar.workingDaysBetween(parse("2025-02-05"), parse("2025-01-20"))).isEqualTo(-7);
    }

    @Test
    void d2_springFestival2025_makeUpSaturdayAfterTheHoliday() {
        // from Mon 2025-01-27 (the last day worked before the holiday): 28 Jan .. 4 Feb off, Wed 02-05 (1)
        assertThat(calendar.addWorkingDays(parse("2025-01-27"), 1)).isEqualTo(parse("2025-02-05"));
        // from Wed 02-05: Thu 06 (1), Fri 07 (2), Sat 08 make-up working day (3)
        assertThat(calendar.addWorkingDays(parse("2025-02-05"), 3)).isEqualTo(parse("2025-02-08"));
        assertThat(calendar.isWorkingDay(parse("2025-01-26"))).as("Sun, make-up").isTrue();
        assertThat(calendar.isWorkingDay(parse("2025-02-08"))).as("Sat, make-up").isTrue();
        assertThat(calendar.isWorkingDay(parse("2025-01-28"))).as("Tue, 春节").isFalse();
        assertThat(calendar.isWorkingDay(parse("2025-02-01"))).as("Sat inside 春节").isFalse();
        assertThat(calendar.isWorkingDay(parse("2025-01-25"))).as("ordinary Sat").isFalse();
        assertThat(calendar.isWorkingDay(parse("2025-01-27"))).as("ordinary Mon").isTrue();
    }

    @Test
    void d2_nationalDay2025() {
        // from Fri 2025-09-26: Sat 27 no, Sun 28 make-up (1), Mon 29 (2), Tue 30 (3),
        // 1..8 Oct off, Thu 10-09 (4), Fri 10-10 (5), Sat 10-11 make-up (6), Sun 12 no, Mon 10-13 (7)
        assertThat(calendar.addWorkingDays(parse("2025-09-26"), 7)).isEqualTo(parse("2025-10-13"));
        // (Tue 09-30, Thu 10-09]: only 10-09 itself
        assertThat(calendar.workingDaysBetween(parse("2025-09-30"), parse("2025-10-09"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(parse("2025-09-26"), parse("2025-10-13"))).isEqualTo(7);
    }

    @Test
    void d2_springFestival2026() {
        // from Wed 2026-02-11: Thu 12 (1), Fri 13 (2), Sat 14 make-up (3), 15..23 off, Tue 24 (4), Wed 25 (5)
        assertThat(calendar.addWorkingDays(parse("2026-02-11"), 5)).isEqualTo(parse("2026-02-25"));
        // from Mon 02-23 (last holiday): Tue 24 (1), 25 (2), 26 (3), Fri 27 (4), Sat 28 make-up (5),
        // Sun 03-01 no, Mon 03-02 (6), Tue 03-03 (7)
        assertThat(calendar.addWorkingDays(parse("2026-02-23"), 7)).isEqualTo(parse("2026-03-03"));
        // (Fri 02-13, Tue 02-24]: Sat 14 make-up, then 15..23 off, Tue 24
        assertThat(calendar.workingDaysBetween(parse("2026-02-13"), parse("2026-02-24"))).isEqualTo(2);
    }

    @Test
    void d2_midAutumnAndNationalDay2026() {
        // from Fri 2026-09-18: Sat 19 no, Sun 20 make-up (1), Mon 21 (2), 22 (3), 23 (4), Thu 24 (5),
        // 25..27 中秋 off, Mon 28 (6), Tue 29 (7)
        assertThat(calendar.addWorkingDays(parse("2026-09-18"), 7)).isEqualTo(parse("2026-09-29"));
        // from Tue 09-29: Wed 30 (1), 1..7 Oct off, Thu 10-08 (2), Fri 10-09 (3)
        assertThat(calendar.addWorkingDays(parse("2026-09-29"), 3)).isEqualTo(parse("2026-10-09"));
        // from Wed 09-30: Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 make-up (3)
        assertThat(calendar.addWorkingDays(parse("2026-09-30"), 3)).isEqualTo(parse("2026-10-10"));
        // (Fri 09-18, Mon 10-12]: 20, 21, 22, 23, 24 (5); 28, 29, 30 (8); 10-08, 09, 10 (11); 10-12 (12)
        assertThat(calendar.workingDaysBetween(parse("2026-09-18"), parse("2026-10-12"))).isEqualTo(12);
    }

    @Test
    void d2_acrossTheYearBoundary() {
        // from Wed 2025-12-31: 2026-01-01..03 元旦 off, Sun 01-04 make-up (1)
        assertThat(calendar.addWorkingDays(parse("2025-12-31"), 1)).isEqualTo(parse("2026-01-04"));
        // (2025-12-31, Mon 2026-01-05]: Sun 01-04, Mon 01-05
        assertThat(calendar.workingDaysBetween(parse("2025-12-31"), parse("2026-01-05"))).isEqualTo(2);
        assertThat(calendar.addWorkingDays(parse("2025-06-03"), 0)).isEqualTo(parse("2025-06-03"));
        assertThat(calendar.workingDaysBetween(parse("2025-06-03"), parse("2025-06-03"))).isZero();
        assertThat(calendar.years()).containsExactly(2025, 2026);
    }

    @Test
    void d2_aYearWithoutDataIsRefusedNamingTheYear() {
        StatutoryCalendar only2025 = new StatutoryCalendar(List.of(OfficialSchedules.y2025()));
        // the result would fall in 2026, which this calendar does not hold: no guess
        assertThatThrownBy(() -> only2025.addWorkingDays(parse("2025-12-31"), 1))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> {
                    assertThat(e.year()).isEqualTo(2026);
                    assertThat(e.getMessage()).contains("2026");
                    assertThat(e.message(Locale.ENGLISH)).contains("no holiday data for 2026");
                });
        assertThatThrownBy(() -> only2025.isWorkingDay(parse("2024-05-06")))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2024));
        assertThatThrownBy(() -> only2025.workingDaysBetween(parse("2025-03-01"), parse("2027-01-04")))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
        // even 0 days from a date in a missing year is refused
        assertThatThrownBy(() -> only2025.addWorkingDays(parse("2027-03-01"), 0))
                .isInstanceOf(CalendarYearMissingException.class);
        assertThatThrownBy(() -> new StatutoryCalendar(List.of()).isWorkingDay(parse("2025-03-03")))
                .isInstanceOf(CalendarYearMissingException.class);
    }

    @Test
    void d2_negativeDaysRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(parse("2025-03-03"), -1))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CalendarMessages.DAYS_NEGATIVE));
    }
}
