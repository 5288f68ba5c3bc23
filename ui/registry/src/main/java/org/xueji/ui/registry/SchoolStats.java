package org.xueji.ui.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.School;

/** Small calculations of the registry views, kept apart from the components. */
public final class SchoolStats {

    /** Classes and students of one school. */
    public record Totals(int classes, long students) {
        public static final Totals NONE = new Totals(0, 0);
    }

    /** Class and student totals per school id. */
    public static Map<Long, Totals> bySchool(Collection<ClassSize> sizes) {
        Map<Long, Totals> totals = new HashMap<>();
        if (sizes != null) {
            for (ClassSize s : sizes) {
                totals.merge(s.schoolClass().schoolId(), new Totals(1, s.students()),
                        (a, b) -> new Totals(a.classes() + b.classes(), a.students() + b.students()));
            }
        }
        return totals;
    }

    /** How many of the classes are over the district cap (大班额). */
    public static long overCap(Collection<ClassSize> sizes) {
        return sizes == null ? 0 : sizes.stream().filter(ClassSize::overCap).count();
    }

    /** Whether the school's name, code or town contains the filter text (ignoring case). */
    public static boolean matches(School school, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return contains(school.name(), f) || contains(school.code(), f) || contains(school.town(), f);
    }

    /** Service areas joined for display: {@code 东关社区、西关社区}. */
    public static String serviceAreas(School school) {
        return String.join("、", school.serviceAreas());
    }

    private static boolean contains(String value, String lowerFilter) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerFilter);
    }

    private SchoolStats() {
    }
}
