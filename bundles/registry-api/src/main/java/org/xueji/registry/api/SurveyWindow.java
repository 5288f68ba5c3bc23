package org.xueji.registry.api;

import java.time.LocalDate;

/**
 * The days of a semester in which the district's survey campaign (控辍保学 摸排) runs;
 * both ends included, inside semester {@code semester}.
 */
public record SurveyWindow(int semester, LocalDate opens, LocalDate closes) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(opens) && !date.isAfter(closes);
    }
}
