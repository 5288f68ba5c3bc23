package org.xueji.demo;

import org.xueji.registry.api.ClassData;

/**
 * A generated class.
 *
 * @param data         what to pass to {@code SchoolService.createClass}
 * @param studentCount number of students the generator puts into it
 * @param gradeOffset  index of its first student among all students of its grade in the
 *                     district (students are numbered school by school, class by class)
 * @param gradeTotal   number of students of its grade in the whole district
 */
public record DemoClass(ClassData data, int studentCount, int gradeOffset, int gradeTotal) {

    public int gradeLevel() {
        return data.gradeLevel();
    }

    public int classNumber() {
        return data.classNumber();
    }

    /** Whether the generator filled it beyond its planned capacity (deliberate 大班额). */
    public boolean overCapacity() {
        return studentCount > data.capacity();
    }
}
