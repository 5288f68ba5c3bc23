package org.xueji.registry.api;

/** Grade levels 1–12 and their Chinese names. */
public final class Grades {
    private static final String[] NAMES = {"一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
        "七年级", "八年级", "九年级", "高一", "高二", "高三"};

    /** R14: the starting grades whose new classes are capped at 55. */
    public static boolean isStartingGrade(int gradeLevel) {
        return gradeLevel == 1 || gradeLevel == 7 || gradeLevel == 10;
    }

    public static String name(int gradeLevel) {
        if (gradeLevel < 1 || gradeLevel > NAMES.length) {
            throw new IllegalArgumentException("grade " + gradeLevel);
        }
        return NAMES[gradeLevel - 1];
    }

    /** "三年级(2)班" */
    public static String className(int gradeLevel, int classNumber) {
        return name(gradeLevel) + "(" + classNumber + ")班";
    }

    private Grades() {
    }
}
