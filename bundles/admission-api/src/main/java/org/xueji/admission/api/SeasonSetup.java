package org.xueji.admission.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An admission season's set-up (R24) for a school year (its starting calendar year) and a
 * starting grade (1 or 7): the application window, the age cut-off date and the age range for the
 * grade, the continuous residence a migrant family needs (R27), the priority order (groups of
 * categories, highest first), the day plans and areas are published and the day results are.
 */
public record SeasonSetup(int year, int grade, LocalDate windowOpens, LocalDate windowCloses, LocalDate cutOff,
                          int minAge, int maxAge, int minResidenceMonths, List<List<Category>> priority,
                          LocalDate plansPublishedOn, LocalDate resultsPublishedOn) {

    /** Household and property first, then residence permit, then the others. */
    public static final List<List<Category>> DEFAULT_PRIORITY = List.of(
            List.of(Category.HOUSEHOLD, Category.PROPERTY), List.of(Category.MIGRANT), List.of(Category.OTHER));

    public SeasonSetup {
        priority = priority == null ? DEFAULT_PRIORITY : priority.stream().map(List::copyOf).toList();
    }

    /** A season with the usual ages: grade 1 from 6 to 8 on 31 August, grade 7 from 11 to 14. */
    public static SeasonSetup typical(int year, int grade, LocalDate opens, LocalDate closes) {
        return new SeasonSetup(year, grade, opens, closes, LocalDate.of(year, 8, 31), grade == 1 ? 6 : 11,
                grade == 1 ? 8 : 14, 12, DEFAULT_PRIORITY, opens == null ? null : opens.minusDays(14),
                closes == null ? null : closes.plusDays(30));
    }

    /** The rank (0 = highest) of a category, or -1 when the order leaves it out (not admitted by allocation). */
    public int rankOf(Category category) {
        for (int i = 0; i < priority.size(); i++) {
            if (priority.get(i).contains(category)) {
                return i;
            }
        }
        return -1;
    }

    /** "HOUSEHOLD,PROPERTY;MIGRANT;OTHER". */
    public String priorityText() {
        return String.join(";", priority.stream()
                .map(g -> String.join(",", g.stream().map(Enum::name).toList())).toList());
    }

    public static List<List<Category>> parsePriority(String text) {
        return java.util.Arrays.stream(text.split(";"))
                .map(g -> java.util.Arrays.stream(g.split(",")).map(String::strip).map(Category::valueOf).toList())
                .toList();
    }
}
