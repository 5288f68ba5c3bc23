package org.xueji.registry.api;

/** Input for creating a class. */
public record ClassData(int gradeLevel, int classNumber, int entryYear, int capacity, String headTeacher) {
}
