package org.xueji.registry.api;

/**
 * A class (班级) of a grade in a school.
 *
 * @param entryYear year the class's students started the school (used to advance grades)
 * @param capacity  planned maximum of students
 */
public record SchoolClass(long id, long schoolId, int gradeLevel, int classNumber, int entryYear,
                          int capacity, String headTeacher) {

    public String name() {
        return Grades.className(gradeLevel, classNumber);
    }
}
