package org.xueji.platform.calendar.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.platform.api.calendar.SpecialDay;
import org.xueji.platform.api.calendar.StatutoryCalendar;

/** D2, D5: the answer of xueji:working-days stands alone on its last line; a missing year prints none. */
class WorkingDaysCommandTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureOut() {
        original = System.out;
        System.setOut(new PrintStream(bytes, true, UTF_8));
    }

    @AfterEach
    void restoreOut() {
        System.setOut(original);
    }

    /** Only the 春节 block of 2025 (as declared by the notice), enough for these dates. */
    private static StatutoryCalendar springFestival2025() {
        List<SpecialDay> days = new java.util.ArrayList<>();
        days.add(new SpecialDay(parse("2025-01-26"), "春节", false));
        for (int d = 28; d <= 31; d++) {
            days.add(new SpecialDay(parse("2025-01-" + d), "春节", true));
        }
        for (int d = 1; d <= 4; d++) {
            days.add(new SpecialDay(parse("2025-02-0" + d), "春节", true));
        }
        days.add(new SpecialDay(parse("2025-02-08"), "春节", false));
        return new StatutoryCalendar(List.of(HolidaySchedule.of(2025, List.of(), days)));
    }

    private String run(String operation, String from, String second) {
        WorkingDaysCommand command = new WorkingDaysCommand();
        command.operation = operation;
        command.from = from;
        command.daysOrTo = second;
        command.calendar = springFestival2025();
        command.execute();
        return bytes.toString(UTF_8);
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void d2_addPrintsTheIsoDateAloneOnTheLastLine() {
        // Tue 21 .. Fri 24 (4), Sun 26 make-up (5), Mon 27 (6), 28 Jan - 4 Feb off, Wed 5 Feb (7)
        assertThat(lastLine(run("add", "2025-01-20", "7"))).isEqualTo("2025-02-05");
    }

    @Test
    void d2_betweenPrintsTheCountAloneOnTheLastLine() {
        assertThat(lastLine(run("between", "2025-01-20", "2025-02-05"))).isEqualTo("7");
    }

    @Test
    void d2_aYearWithoutDataPrintsNothing() {
        assertThatThrownBy(() -> run("add", "2025-12-30", "3"))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2026));
        assertThat(bytes.toString(UTF_8)).isEmpty();
    }

    @Test
    void d5_badArgumentsAreExplained() {
        assertThatThrownBy(() -> run("add", "2025-13-01", "1")).hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> run("add", "2025-01-20", "-1")).hasMessageContaining("负数");
        assertThatThrownBy(() -> run("add", "2025-01-20", "seven")).hasMessageContaining("非负整数");
        assertThatThrownBy(() -> run("plus", "2025-01-20", "1")).hasMessageContaining("add 或 between");
        assertThat(ShellDates.weekday(parse("2025-01-26"))).isEqualTo("周日");
    }
}
