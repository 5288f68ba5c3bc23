package org.xueji.registry.api.transfer;

/**
 * Whether a school takes transfer students into a grade (R8).
 *
 * @param oversize      the school is flagged 大校额
 * @param planned       the grade's planned students (招生控制计划) of the school year, {@code null} without a plan
 * @param enrolled      students of the school now in that grade
 */
public record SchoolIntake(long schoolId, String schoolCode, boolean oversize, Integer planned, long enrolled) {

    /** The plan is full: no more students into the grade (R8). */
    public boolean planFull() {
        return planned != null && enrolled >= planned;
    }
}
