package org.xueji.enrollment.service.internal.excel;

/** Finds a class of the school being imported into. */
@FunctionalInterface
public interface ClassLookup {

    /** The class id of 年级 {@code gradeLevel} (1–12) class {@code classNumber}, or null if there is none. */
    Long classId(int gradeLevel, int classNumber);
}
