package org.xueji.platform.api.calendar;

import java.time.LocalDate;

/**
 * A date the statutory schedule declares (D2): a day off ({@code offDay}, e.g. 春节 on a
 * Wednesday, or on a Saturday that is part of the holiday block) or a make-up working day
 * (调休, {@code !offDay}, always a Saturday or Sunday). Same meaning as holiday-cn's
 * {@code isOffDay}.
 *
 * @param date   the date
 * @param name   the holiday it belongs to, e.g. 春节, 国庆节、中秋节
 * @param offDay {@code true}: no work; {@code false}: a weekend day that is worked
 */
public record SpecialDay(LocalDate date, String name, boolean offDay) implements Comparable<SpecialDay> {

    public SpecialDay {
        name = name == null ? null : name.strip();
    }

    @Override
    public int compareTo(SpecialDay other) {
        return date.compareTo(other.date);
    }
}
