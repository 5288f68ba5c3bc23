package org.xueji.platform.calendar.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.platform.api.calendar.SpecialDay;
import org.xueji.platform.calendar.internal.entity.CalendarDayEntity;
import org.xueji.platform.calendar.internal.entity.CalendarYearEntity;

/** Reading and writing a year's rows (CAL_YEAR, CAL_DAY) in the caller's transaction. */
final class CalendarRows {

    private CalendarRows() {
    }

    /** Every held year, by year. */
    static Map<Integer, HolidaySchedule> loadAll(EntityManager em) {
        Map<Integer, List<SpecialDay>> days = new LinkedHashMap<>();
        List<CalendarYearEntity> years = em.createQuery("select y from CalendarYear y order by y.year",
                CalendarYearEntity.class).getResultList();
        years.forEach(y -> days.put(y.year, new ArrayList<>()));
        for (CalendarDayEntity d : em.createQuery("select d from CalendarDay d order by d.date",
                CalendarDayEntity.class).getResultList()) {
            days.get(d.year).add(new SpecialDay(d.date, d.name, d.offDay));
        }
        Map<Integer, HolidaySchedule> schedules = new LinkedHashMap<>();
        for (CalendarYearEntity y : years) {
            schedules.put(y.year, HolidaySchedule.of(y.year, papers(y.papers), days.get(y.year)));
        }
        return schedules;
    }

    static HolidaySchedule load(EntityManager em, CalendarYearEntity year) {
        List<SpecialDay> days = em.createQuery("select d from CalendarDay d where d.year = :y order by d.date",
                        CalendarDayEntity.class).setParameter("y", year.year).getResultList().stream()
                .map(d -> new SpecialDay(d.date, d.name, d.offDay)).toList();
        return HolidaySchedule.of(year.year, papers(year.papers), days);
    }

    /** Stores a whole year: a new CAL_YEAR row, or the existing one with all its days replaced. */
    static int store(EntityManager em, HolidaySchedule schedule, CalendarYearEntity existing, String source,
                     String username, Instant now) {
        int previous = 0;
        CalendarYearEntity year = existing == null ? new CalendarYearEntity() : existing;
        year.year = schedule.year();
        year.papers = schedule.papers().isEmpty() ? null : String.join("\n", schedule.papers());
        touch(year, source, username, now);
        if (existing == null) {
            em.persist(year);
        } else {
            previous = em.createQuery("delete from CalendarDay d where d.year = :y")
                    .setParameter("y", schedule.year()).executeUpdate();
        }
        for (SpecialDay day : schedule.days()) {
            CalendarDayEntity e = new CalendarDayEntity();
            e.date = day.date();
            e.year = schedule.year();
            e.name = day.name();
            e.offDay = day.offDay();
            em.persist(e);
        }
        em.flush();
        return previous;
    }

    static void touch(CalendarYearEntity year, String source, String username, Instant now) {
        year.source = source;
        year.updatedBy = username;
        year.updatedAt = now;
    }

    private static List<String> papers(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
