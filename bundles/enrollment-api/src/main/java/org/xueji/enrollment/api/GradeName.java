package org.xueji.enrollment.api;

import org.xueji.platform.api.MessageKey;

/**
 * A grade's name as a message argument (一年级 … 高三, grade 1 … grade 12), so that messages
 * naming a grade are localised whole. Texts in messages*.properties beside this class.
 */
public enum GradeName implements MessageKey {
    GRADE_1, GRADE_2, GRADE_3, GRADE_4, GRADE_5, GRADE_6, GRADE_7, GRADE_8, GRADE_9, GRADE_10, GRADE_11, GRADE_12;

    /** The name of grade 1–12. */
    public static GradeName of(int gradeLevel) {
        if (gradeLevel < 1 || gradeLevel > 12) {
            throw new IllegalArgumentException("grade " + gradeLevel);
        }
        return values()[gradeLevel - 1];
    }

    @Override
    public String key() {
        return name();
    }
}
