package org.xueji.registry.api;

import java.time.LocalDate;
import java.util.Optional;
import org.xueji.platform.api.Actor;

/**
 * The school calendar every module asks: which semester a date is in, when it ends, the
 * key dates of a school year. A year the district has not set answers with the defaults
 * ({@link SchoolYearRules#defaults(int)}). The dates are the district's calendar, not school
 * data, so the questions take no actor; setting them is the district's and audited.
 */
public interface SchoolYearService {

    /** The semester containing {@code date}; empty in the winter and summer breaks. */
    Optional<Semester> semesterOf(LocalDate date);

    /**
     * The last day of the semester containing {@code date}; in a break, of the semester that
     * follows it (the one the school is preparing for).
     */
    LocalDate semesterEnd(LocalDate date);

    /** The key dates of the school year starting in {@code startYear} (2026 for 2026—2027). */
    SchoolYearDates schoolYear(int startYear);

    /**
     * The school year a date belongs to: from its first semester's start to the day before
     * the next year's first semester starts (the summer break belongs to the ending year).
     */
    SchoolYearDates schoolYearOf(LocalDate date);

    /** The school year of today (platform clock). */
    SchoolYearDates current();

    /**
     * Sets a school year's dates (district only, MANAGE_SCHOOL; audited). Refused whole,
     * field by field, when the semesters overlap or leave no sense (see {@link SchoolYearRules}),
     * when the 中考 or a deadline lies outside its period, or when the year overlaps a
     * neighbouring stored year. Nothing is changed on refusal.
     */
    SchoolYearDates set(Actor actor, SchoolYearDates dates);
}
