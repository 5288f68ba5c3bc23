package org.xueji.ui.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.Grades;

/**
 * The numbers behind the dashboard charts, from the class sizes the service gives the actor
 * (so they respect the actor's scope, R1): students per grade, and class sizes against the cap
 * (R14).
 */
final class RegistryCharts {

    /** At most this many classes are drawn; more are cut to the largest. */
    static final int MAX_CLASSES = 30;

    /** One bar: its label and value. */
    record Bar(String label, int value) {
    }

    /** Students in classes, per grade in grade order ({@code 一年级 …}); grades without classes are left out. */
    static List<Bar> studentsPerGrade(List<ClassSize> sizes) {
        Map<Integer, Integer> byGrade = new TreeMap<>();
        for (ClassSize s : sizes) {
            byGrade.merge(s.schoolClass().gradeLevel(), s.students(), Integer::sum);
        }
        List<Bar> bars = new ArrayList<>();
        byGrade.forEach((grade, students) -> bars.add(new Bar(gradeName(grade), students)));
        return bars;
    }

    /**
     * The classes to draw: all of them in school, grade and class order when there are at most
     * {@link #MAX_CLASSES}, else the largest ones, largest first. Labels name the school when
     * the classes are of more than one school.
     */
    static List<Bar> classSizes(List<ClassSize> sizes) {
        boolean manySchools = sizes.stream().map(s -> s.schoolClass().schoolId()).distinct().count() > 1;
        List<ClassSize> chosen = sizes;
        if (sizes.size() > MAX_CLASSES) {
            chosen = sizes.stream().sorted(Comparator.comparingInt(ClassSize::students).reversed()
                    .thenComparing(s -> s.schoolClass().id())).limit(MAX_CLASSES).toList();
        }
        List<Bar> bars = new ArrayList<>();
        for (ClassSize s : chosen) {
            String name = s.schoolClass().name();
            bars.add(new Bar(manySchools ? s.schoolName() + " " + name : name, s.students()));
        }
        return bars;
    }

    /** The cap the service applies (configuration, R14), or {@code null} without classes. */
    static Integer cap(List<ClassSize> sizes) {
        return sizes.isEmpty() ? null : sizes.get(0).classCap();
    }

    private static String gradeName(int grade) {
        try {
            return Grades.name(grade);
        } catch (IllegalArgumentException e) {
            return String.valueOf(grade);
        }
    }

    private RegistryCharts() {
    }
}
