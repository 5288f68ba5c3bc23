package org.xueji.demo;

import java.util.List;
import org.xueji.registry.api.SchoolData;

/**
 * A generated school with its classes.
 *
 * @param index   position of the school in the generated district (0-based)
 * @param data    what to pass to {@code SchoolService.createSchool}
 * @param classes its classes, by grade then class number
 */
public record DemoSchool(int index, SchoolData data, List<DemoClass> classes) {

    public DemoSchool {
        classes = List.copyOf(classes);
    }

    /** Number of students of all its classes. */
    public int studentCount() {
        return classes.stream().mapToInt(DemoClass::studentCount).sum();
    }
}
