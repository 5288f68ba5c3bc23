package org.xueji.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClassSizeTest {

    private static ClassSize size(int students, int capacity) {
        return new ClassSize(new SchoolClass(1, 1, 1, 1, 2026, capacity, "李老师"), "岳麓区第一小学", students, 55);
    }

    @Test
    @DisplayName("R14: 55 students is allowed, 56 is an over-size class")
    void classCapOf55() {
        assertThat(size(55, 55).overCap()).isFalse();
        assertThat(size(56, 60).overCap()).isTrue();
    }

    @Test
    void overCapacityIsAgainstTheClassOwnPlan() {
        assertThat(size(46, 45).overCapacity()).isTrue();
        assertThat(size(46, 45).overCap()).isFalse();
    }

    @Test
    @DisplayName("R14: the starting grades are 1, 7 and 10")
    void startingGrades() {
        assertThat(Grades.isStartingGrade(1)).isTrue();
        assertThat(Grades.isStartingGrade(7)).isTrue();
        assertThat(Grades.isStartingGrade(10)).isTrue();
        assertThat(Grades.isStartingGrade(2)).isFalse();
        assertThat(Grades.className(3, 2)).isEqualTo("三年级(2)班");
    }
}
