package org.xueji.registry.api;

/** 招生控制计划: planned intake of a starting grade for one school year. */
public record EnrollmentPlan(long schoolId, int schoolYear, int gradeLevel, int plannedClasses,
                             int plannedStudents) {
}
