package org.xueji.classbalance.api;

/** R14–R16 monitor: one class against the cap; over 55 and over 65 (超大班额) are marked. */
public record ClassMonitorRow(long classId, long schoolId, String schoolName, int grade, int classNumber,
                              int students, int cap) {

    /** 超大班额: more than 65 students. */
    public static final int HUGE = 65;

    public boolean overCap() {
        return students > cap;
    }

    public boolean huge() {
        return students > HUGE;
    }
}
