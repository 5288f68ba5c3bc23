package org.xueji.classbalance.api.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R15 metrics on a small case checked by hand")
class BalanceMetricsTest {

    /*
     * class 1: S1 男 90 (语文 30) 留守, twins T;  S2 女 80 (语文 20), apart P;  S3 男 70 (语文 —), apart P
     * class 2: S4 女 60 (语文 10) 留守, twins T;  S5 女 50 张伟 留守;          S6 男 — 章玮
     */
    private static final List<BalanceStudent> SIX = List.of(
            new BalanceStudent("S1", "甲一", true, 90.0, Arrays.asList(30.0, 30.0, 30.0), Set.of("留守"), "T", null),
            new BalanceStudent("S2", "乙二", false, 80.0, Arrays.asList(20.0, 30.0, 30.0), Set.of(), null, "P"),
            new BalanceStudent("S3", "丙三", true, 70.0, Arrays.asList(null, 35.0, 35.0), Set.of(), null, "P"),
            new BalanceStudent("S4", "丁四", false, 60.0, Arrays.asList(10.0, 25.0, 25.0), Set.of("留守"), "T", null),
            new BalanceStudent("S5", "张伟", false, 50.0, Arrays.asList(null, 25.0, 25.0), Set.of("留守"), null, null),
            new BalanceStudent("S6", "章玮", true, null, Arrays.asList(null, null, null), Set.of(), null, null));

    @Test
    void r15_metricsOfAHandCheckedAssignment() {
        BalanceProblem p = BalanceProblem.of(new BalanceInput(SIX, Students.SUBJECTS, 2, 3, 1));
        BalanceMetrics m = BalanceMetrics.of(p, new int[] {0, 0, 0, 1, 1, 1});

        assertThat(m.sizes()).containsExactly(3, 3);
        assertThat(m.sizeSpread()).isZero();
        assertThat(m.boys()).containsExactly(2, 1);
        assertThat(m.boysSpread()).isEqualTo(1);
        // totals: (90+80+70)/3 = 80; (60+50)/2 = 55 (S6 has none)
        assertThat(m.meanTotal().get(0)).isCloseTo(80.0, within(1e-9));
        assertThat(m.meanTotal().get(1)).isCloseTo(55.0, within(1e-9));
        assertThat(m.meanTotalSpread()).isCloseTo(25.0, within(1e-9));
        // 语文: (30+20)/2 = 25; 10/1 = 10 → 15. 数学: (30+30+35)/3 = 31.667; (25+25)/2 = 25 → 6.667
        assertThat(m.subjectSpreads().get("语文")).isCloseTo(15.0, within(1e-9));
        assertThat(m.subjectSpreads().get("数学")).isCloseTo(20.0 / 3, within(1e-9));
        // within-class spread: sd(90,80,70) = sqrt(200/3) = 8.1650; sd(60,50) = 5
        assertThat(m.totalSd().get(0)).isCloseTo(8.16496580927726, within(1e-9));
        assertThat(m.totalSd().get(1)).isCloseTo(5.0, within(1e-9));
        assertThat(m.withinSdSpread()).isCloseTo(3.16496580927726, within(1e-9));
        // 留守: 1 in class 1, 2 in class 2
        assertThat(m.flagCounts().get("留守")).containsExactly(1, 2);
        assertThat(m.flagSpreads()).containsEntry("留守", 1);
        // twins T split (S1 | S4), apart P together (S2, S3), 张伟/章玮 together (同音)
        assertThat(m.togetherSplit()).isEqualTo(1);
        assertThat(m.apartViolations()).isEqualTo(1);
        assertThat(m.nameViolations()).isEqualTo(1);
        assertThat(m.overCap()).isZero();
        assertThat(m.hardViolations()).isEqualTo(3);
    }

    @Test
    void r14_classesAboveTheCapAreCounted() {
        BalanceProblem p = BalanceProblem.of(new BalanceInput(SIX, Students.SUBJECTS, 2, 3, 1));
        BalanceMetrics m = BalanceMetrics.of(p, new int[] {0, 0, 0, 0, 1, 1});
        assertThat(m.sizes()).containsExactly(4, 2);
        assertThat(m.overCap()).isEqualTo(1);
        assertThat(m.togetherSplit()).isZero();
    }

    @Test
    void snakeDealDealsOneToNThenNToOne() {
        // 2 classes: 100 → 1, 90 → 2, 80 → 2, 70 → 1, 60 → 1, 50 → 2 (no score last)
        List<BalanceStudent> list = List.of(
                Students.s("a", true, 60.0), Students.s("b", true, 100.0), Students.s("c", true, null),
                Students.s("d", true, 80.0), Students.s("e", true, 90.0), Students.s("f", true, 70.0));
        BalanceProblem p = BalanceProblem.of(Students.input(list, 2, 55, 1));
        // order: b100 e90 d80 f70 a60 c— → classes 0,1,1,0,0,1
        assertThat(SnakeDeal.deal(p)).containsExactly(0, 0, 1, 1, 1, 0);
    }
}
