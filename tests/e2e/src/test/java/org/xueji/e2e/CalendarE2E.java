package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * 工作日历 (D2): the district administrator sees the 2025 schedule shipped with the platform —
 * the 春节 days off 28 January to 4 February and the make-up Sunday 26 January — in the list and
 * in the month overview; a school user sees it read-only. Reads only: nothing is changed.
 */
@Order(30)
@DisplayName("Working-day calendar (D2)")
class CalendarE2E extends ConsoleTest {

    private static long marked(String kind) {
        Object n = console.js("return document.querySelectorAll('#calendar-overview [data-kind=\"' + arguments[0]"
                + " + '\"]').length;", kind);
        return ((Number) n).longValue();
    }

    @Test
    @Order(1)
    @DisplayName("D2: the district administrator sees 春节 2025 with its make-up days")
    void districtAdminSeesSpringFestival2025() {
        console.open("working-calendar");
        console.choose("calendar-year", "2025");
        console.waitForGrid("calendar-days");
        List<List<String>> rows = console.gridRows("calendar-days");
        // the 2025 notice: 33 dates; 8 春节 days off (01-28 .. 02-04) and 2 春节 make-up days
        assertThat(rows).hasSize(33);
        assertThat(rows).filteredOn(r -> r.get(3).equals("春节") && r.get(2).equals("放假"))
                .extracting(r -> r.get(0)).containsExactly("2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                        "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04");
        assertThat(rows).filteredOn(r -> r.get(3).equals("春节") && r.get(2).equals("调休上班"))
                .extracting(r -> r.get(0), r -> r.get(1))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-01-26", "日"),
                        org.assertj.core.groups.Tuple.tuple("2025-02-08", "六"));
        assertThat(console.text("calendar-summary")).contains("放假 28 天").contains("调休上班 5 天");
        // month overview: 1 + 8 + 3 + 5 + 3 + 8 = 28 days off, 5 make-up days marked
        assertThat(marked("off")).isEqualTo(28);
        assertThat(marked("make-up")).isEqualTo(5);
        assertThat(console.isPresent("calendar-add-day")).isTrue();
        assertThat(console.isPresent("calendar-import")).isTrue();
    }

    @Test
    @Order(2)
    @DisplayName("D2: a school user reads the calendar and cannot change it")
    void schoolUserReadsOnly() {
        console.logout();
        console.login("registrar1", Console.DEMO_PASSWORD);
        try {
            console.open("working-calendar");
            console.choose("calendar-year", "2025");
            console.waitForGrid("calendar-days");
            assertThat(console.gridRows("calendar-days")).hasSize(33);
            assertThat(console.text("calendar-read-only")).contains("只有区学籍管理员");
            assertThat(console.isPresent("calendar-import")).isFalse();
            assertThat(console.isPresent("calendar-add-day")).isFalse();
        } finally {
            console.logout();
            console.login("district-admin", Console.DEMO_PASSWORD);
        }
    }
}
