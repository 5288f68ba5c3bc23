package org.xueji.classbalance.api.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.classbalance.api.balance.Students.apart;
import static org.xueji.classbalance.api.balance.Students.classOf;
import static org.xueji.classbalance.api.balance.Students.input;
import static org.xueji.classbalance.api.balance.Students.named;
import static org.xueji.classbalance.api.balance.Students.s;
import static org.xueji.classbalance.api.balance.Students.together;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R14/R15 class balancing: determinism, hard constraints, balance targets")
class ClassBalancerTest {

    /** 8 students by total 100, 90, …, 30 (ids A..H, alternating sex); the snake into 2 classes deals A,D,E,H | B,C,F,G. */
    private static List<BalanceStudent> eight() {
        List<BalanceStudent> list = new ArrayList<>();
        String ids = "ABCDEFGH";
        for (int i = 0; i < 8; i++) {
            list.add(s(String.valueOf(ids.charAt(i)), i % 2 == 0, 100.0 - 10 * i));
        }
        return list;
    }

    @Test
    void r15_sameSeedSameResult_otherSeedValidResult() {
        List<BalanceStudent> grade = Students.grade(300, 7);
        BalanceResult first = ClassBalancer.balance(input(grade, 6, 55, 42));
        BalanceResult again = ClassBalancer.balance(input(grade, 6, 55, 42));
        BalanceResult other = ClassBalancer.balance(input(grade, 6, 55, 43));
        assertThat(again.classes()).isEqualTo(first.classes());
        assertThat(again.ours()).isEqualTo(first.ours());
        assertThat(other.classes()).isNotEqualTo(first.classes());
        assertThat(other.ours().hardViolations()).isZero();
        assertThat(other.ours().sizeSpread()).isLessThanOrEqualTo(1);
        assertThat(other.ours().boysSpread()).isLessThanOrEqualTo(1);
        assertThat(other.seed()).isEqualTo(43);
    }

    @Test
    void r15_balanceTargetsMetAndBetterThanTheSnakeDeal() {
        BalanceResult r = ClassBalancer.balance(input(Students.grade(300, 11), 6, 55, 1));
        BalanceMetrics ours = r.ours();
        assertThat(ours.sizeSpread()).isLessThanOrEqualTo(1);
        assertThat(ours.boysSpread()).isLessThanOrEqualTo(1);
        assertThat(ours.flagSpreads().values()).allMatch(v -> v <= 1);
        assertThat(ours.meanTotalSpread()).isLessThan(r.snake().meanTotalSpread()).isLessThan(1.0);
        assertThat(ours.maxSubjectSpread()).isLessThan(1.0);
        assertThat(ours.boysSpread()).isLessThanOrEqualTo(r.snake().boysSpread());
    }

    @Test
    void r14_capNeverPassedEvenWhenTheGradeFillsEveryClass() {
        // 12 students, 3 classes, cap 4: only 4+4+4 is allowed; a together group of 3 and one of 2
        List<BalanceStudent> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            BalanceStudent st = s("S" + i, i % 2 == 0, 100.0 - i);
            list.add(i < 3 ? together(st, "T1") : i < 5 ? together(st, "T2") : st);
        }
        BalanceResult r = ClassBalancer.balance(input(list, 3, 4, 5));
        assertThat(r.ours().sizes()).containsExactly(4, 4, 4);
        assertThat(r.ours().overCap()).isZero();
    }

    @Test
    void together_groupTheSnakeSplitsEndsInOneClass() {
        List<BalanceStudent> list = eight();
        list.set(0, together(list.get(0), "twins")); // A: class 1 in the snake
        list.set(1, together(list.get(1), "twins")); // B: class 2 in the snake
        BalanceInput in = input(list, 2, 55, 3);
        BalanceResult r = ClassBalancer.balance(in);
        assertThat(r.snake().togetherSplit()).isEqualTo(1); // violated on purpose in the crafted input
        assertThat(classOf(r, in, "A")).isEqualTo(classOf(r, in, "B"));
        assertThat(r.ours().togetherSplit()).isZero();
    }

    @Test
    void apart_pairTheSnakePutsTogetherEndsInDifferentClasses() {
        List<BalanceStudent> list = eight();
        list.set(1, apart(list.get(1), "rivals")); // B: class 2
        list.set(2, apart(list.get(2), "rivals")); // C: class 2
        BalanceInput in = input(list, 2, 55, 3);
        BalanceResult r = ClassBalancer.balance(in);
        assertThat(r.snake().apartViolations()).isEqualTo(1);
        assertThat(classOf(r, in, "B")).isNotEqualTo(classOf(r, in, "C"));
        assertThat(r.ours().apartViolations()).isZero();
    }

    @Test
    void names_identicalNamesTheSnakePutsTogetherEndInDifferentClasses() {
        List<BalanceStudent> list = eight();
        list.set(1, named("B", "王浩", false, 90));
        list.set(2, named("C", "王浩", true, 80));
        BalanceInput in = input(list, 2, 55, 3);
        BalanceResult r = ClassBalancer.balance(in);
        assertThat(r.snake().nameViolations()).isEqualTo(1);
        assertThat(classOf(r, in, "B")).isNotEqualTo(classOf(r, in, "C"));
    }

    @Test
    void names_sameSoundingNamesEndInDifferentClasses() {
        List<BalanceStudent> list = eight();
        list.set(1, named("B", "张伟", false, 90));
        list.set(2, named("C", "章玮", true, 80));
        list.set(5, named("F", "李娜", false, 50));
        list.set(6, named("G", "黎娜", true, 40));
        BalanceInput in = input(list, 2, 55, 3);
        BalanceResult r = ClassBalancer.balance(in);
        assertThat(r.snake().nameViolations()).isEqualTo(2);
        assertThat(classOf(r, in, "B")).isNotEqualTo(classOf(r, in, "C"));
        assertThat(classOf(r, in, "F")).isNotEqualTo(classOf(r, in, "G"));
        assertThat(r.ours().hardViolations()).isZero();
    }

    @Test
    void hardConstraintsHoldTogetherOnALargerGrade() {
        List<BalanceStudent> grade = new ArrayList<>(Students.grade(400, 21));
        for (int i = 0; i < 40; i += 2) {
            grade.set(i, together(grade.get(i), "T" + i));
            grade.set(i + 1, together(grade.get(i + 1), "T" + i));
        }
        for (int i = 100; i < 140; i += 4) { // apart sets of 4 (classes: 8)
            for (int j = 0; j < 4; j++) {
                grade.set(i + j, apart(grade.get(i + j), "P" + i));
            }
        }
        grade.set(200, named(grade.get(200).id(), "陈晨", true, 200));
        grade.set(201, named(grade.get(201).id(), "陈辰", false, 201));
        grade.set(202, named(grade.get(202).id(), "陈晨", true, 202));
        BalanceResult r = ClassBalancer.balance(input(grade, 8, 55, 9));
        assertThat(r.ours().hardViolations()).isZero();
        assertThat(r.ours().sizeSpread()).isLessThanOrEqualTo(1);
        assertThat(r.ours().boysSpread()).isLessThanOrEqualTo(1);
    }

    @Test
    void r14_infeasible_moreStudentsThanCapTimesClasses() {
        assertRefused(input(eight(), 2, 3, 1), BalanceMessages.TOO_MANY_STUDENTS);
    }

    @Test
    void infeasible_togetherGroupLargerThanTheCap() {
        List<BalanceStudent> list = eight();
        for (int i = 0; i < 5; i++) {
            list.set(i, together(list.get(i), "big"));
        }
        assertRefused(input(list, 2, 4, 1), BalanceMessages.TOGETHER_GROUP_OVER_CAP);
    }

    @Test
    void infeasible_apartGroupLargerThanTheClassCount() {
        List<BalanceStudent> list = eight();
        for (int i = 0; i < 3; i++) {
            list.set(i, apart(list.get(i), "three"));
        }
        assertRefused(input(list, 2, 55, 1), BalanceMessages.APART_GROUP_OVER_CLASSES);
    }

    @Test
    void infeasible_togetherAndApartAtOnce() {
        List<BalanceStudent> list = eight();
        list.set(0, apart(together(list.get(0), "T"), "P"));
        list.set(1, apart(together(list.get(1), "T"), "P"));
        assertRefused(input(list, 2, 55, 1), BalanceMessages.TOGETHER_AND_APART);
    }

    @Test
    void infeasible_moreIdenticalNamesThanClasses() {
        List<BalanceStudent> list = eight();
        for (int i = 0; i < 3; i++) {
            list.set(i, named(list.get(i).id(), "刘洋", true, 50));
        }
        assertRefused(input(list, 2, 55, 1), BalanceMessages.SAME_NAMES_OVER_CLASSES);
    }

    @Test
    void infeasible_sameSoundingNamesInOneTogetherGroup() {
        List<BalanceStudent> list = eight();
        list.set(0, together(named("A", "张伟", true, 90), "twins"));
        list.set(1, together(named("B", "章玮", true, 80), "twins"));
        assertRefused(input(list, 2, 55, 1), BalanceMessages.SAME_NAMES_TOGETHER);
    }

    @Test
    void badInput_missingSex() {
        List<BalanceStudent> list = eight();
        list.set(3, new BalanceStudent("D", "学生D", null, 70.0, java.util.Arrays.asList(null, null, null), null, null, null));
        assertRefused(input(list, 2, 55, 1), BalanceMessages.SEX_MISSING);
    }

    @Test
    void badInput_scoreOutOfRangeOrNotANumber() {
        List<BalanceStudent> list = eight();
        list.set(3, s("D", true, 1200.0));
        assertRefused(input(list, 2, 55, 1), BalanceMessages.SCORE_OUT_OF_RANGE);
        list.set(3, s("D", true, -1.0));
        assertRefused(input(list, 2, 55, 1), BalanceMessages.SCORE_OUT_OF_RANGE);
        list.set(3, new BalanceStudent("D", "x", true, 70.0, List.of(70.0, 151.0, 3.0), null, null, null));
        assertRefused(input(list, 2, 55, 1), BalanceMessages.SCORE_OUT_OF_RANGE);
        list.set(3, s("D", true, Double.NaN));
        assertRefused(input(list, 2, 55, 1), BalanceMessages.SCORE_NOT_A_NUMBER);
    }

    @Test
    void badInput_duplicateIdsClassCountZeroCapZero() {
        List<BalanceStudent> list = eight();
        list.set(3, s("A", true, 70.0));
        assertRefused(input(list, 2, 55, 1), BalanceMessages.ID_DUPLICATE);
        assertRefused(input(eight(), 0, 55, 1), BalanceMessages.CLASS_COUNT_INVALID);
        assertRefused(input(eight(), 2, 0, 1), BalanceMessages.CAP_INVALID);
        assertRefused(input(List.of(), 2, 55, 1), BalanceMessages.NO_STUDENTS);
    }

    @Test
    void refusalsNameTheCauseInBothLanguages() {
        List<BalanceStudent> list = eight();
        for (int i = 0; i < 5; i++) {
            list.set(i, together(list.get(i), "big"));
        }
        BalanceRefused e = catchRefused(input(list, 2, 4, 1));
        assertThat(e.getMessage()).contains("同班组 big").contains("5").contains("4");
        assertThat(e.message(java.util.Locale.ENGLISH)).contains("together group big has 5 students");
    }

    private static void assertRefused(BalanceInput in, BalanceMessages reason) {
        assertThat(catchRefused(in).reason()).isEqualTo(reason);
    }

    private static BalanceRefused catchRefused(BalanceInput in) {
        try {
            ClassBalancer.balance(in);
        } catch (BalanceRefused e) {
            return e;
        }
        assertThatThrownBy(() -> { }).as("refused").isInstanceOf(BalanceRefused.class);
        return null;
    }
}
