package org.xueji.platform.api.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The State Council's schedules for 2025 (国办发明电〔2024〕12号) and 2026, typed by hand from
 * the notices — not read from the shipped files, so these tests check the arithmetic against
 * an independent copy of the official data.
 */
final class OfficialSchedules {

    static HolidaySchedule y2025() {
        List<SpecialDay> days = new ArrayList<>();
        off(days, "元旦", "2025-01-01", "2025-01-01");
        work(days, "春节", "2025-01-26", "2025-02-08");
        off(days, "春节", "2025-01-28", "2025-02-04");
        off(days, "清明节", "2025-04-04", "2025-04-06");
        work(days, "劳动节", "2025-04-27");
        off(days, "劳动节", "2025-05-01", "2025-05-05");
        off(days, "端午节", "2025-05-31", "2025-06-02");
        work(days, "国庆节、中秋节", "2025-09-28", "2025-10-11");
        off(days, "国庆节、中秋节", "2025-10-01", "2025-10-08");
        return HolidaySchedule.of(2025, List.of(), days);
    }

    static HolidaySchedule y2026() {
        List<SpecialDay> days = new ArrayList<>();
        off(days, "元旦", "2026-01-01", "2026-01-03");
        work(days, "元旦", "2026-01-04");
        work(days, "春节", "2026-02-14", "2026-02-28");
        off(days, "春节", "2026-02-15", "2026-02-23");
        off(days, "清明节", "2026-04-04", "2026-04-06");
        off(days, "劳动节", "2026-05-01", "2026-05-05");
        work(days, "劳动节", "2026-05-09");
        off(days, "端午节", "2026-06-19", "2026-06-21");
        off(days, "中秋节", "2026-09-25", "2026-09-27");
        work(days, "国庆节", "2026-09-20", "2026-10-10");
        off(days, "国庆节", "2026-10-01", "2026-10-07");
        return HolidaySchedule.of(2026, List.of(), days);
    }

    private static void off(List<SpecialDay> days, String name, String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.add(new SpecialDay(d, name, true));
        }
    }

    private static void work(List<SpecialDay> days, String name, String... dates) {
        for (String d : dates) {
            days.add(new SpecialDay(LocalDate.parse(d), name, false));
        }
    }

    private OfficialSchedules() {
    }
}
