package org.xueji.platform.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.api.calendar.HolidaySchedule;

/**
 * The schedules shipped inside this bundle (holiday-cn, MIT; see {@code holidays/NOTICE.md}),
 * read with the same strict reader as an administrator's import.
 */
final class ShippedYears {

    static final List<Integer> YEARS = List.of(2024, 2025, 2026);
    static final String FOLDER = "org/xueji/platform/calendar/holidays/";

    private ShippedYears() {
    }

    static List<HolidaySchedule> load() {
        List<HolidaySchedule> schedules = new ArrayList<>();
        for (int year : YEARS) {
            schedules.add(HolidayCnJson.parse(bytes(year), year));
        }
        return schedules;
    }

    static byte[] bytes(int year) {
        String path = FOLDER + year + ".json";
        try (InputStream in = ShippedYears.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
