package org.xueji.specialneeds.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.api.Semester;

/**
 * R26 on crafted visit histories. The semesters are the registry's default calendar, their
 * months counted by hand: the first semester 2026-09-01 – 2027-01-20 covers September to
 * December wholly and 20 days of January (≥ 15, so January is a month of the semester): five
 * months. The second, 2027-02-20 – 2027-07-10, covers 9 days of February and 10 of July (both
 * under 15, no requirement) and March to June wholly: four months.
 */
class ComplianceEngineTest {

    static final Semester FIRST = new Semester(2026, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 20));
    static final Semester SECOND = new Semester(2026, 2, LocalDate.of(2027, 2, 20), LocalDate.of(2027, 7, 10));
    static final LocalDate AFTER_FIRST = LocalDate.of(2027, 1, 25);
    static final ComplianceRule RULE = ComplianceRule.DEFAULTS;

    static VisitFact visit(int y, int m, int d, int periods) {
        return new VisitFact(LocalDate.of(y, m, d), periods, false);
    }

    static final List<VisitFact> FIVE_MONTHS = List.of(visit(2026, 9, 15, 2), visit(2026, 10, 15, 2),
            visit(2026, 11, 16, 2), visit(2026, 12, 15, 2), visit(2027, 1, 12, 2));

    @Test
    void r26_theDefaultsAreTheNoticesFiveVisitsOnePerMonthTwoPeriods() {
        assertThat(RULE.minVisits()).isEqualTo(5);
        assertThat(RULE.minVisitsPerMonth()).isEqualTo(1);
        assertThat(RULE.minPeriods()).isEqualTo(2);
        assertThat(RULE.countRemote()).isFalse();
    }

    @Test
    void r26_exactlyFiveVisitsInFiveMonthsOfTwoPeriodsComply() {
        Compliance c = ComplianceEngine.evaluate(FIRST, FIVE_MONTHS, AFTER_FIRST, RULE);
        assertThat(c.status()).isEqualTo(ComplianceStatus.ON_TRACK);
        assertThat(c.counted()).isEqualTo(5);
        assertThat(c.findings()).isEmpty();
        assertThat(c.months()).containsOnlyKeys(YearMonth.of(2026, 9), YearMonth.of(2026, 10),
                YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1));
    }

    @Test
    void r26_fiveVisitsWithOneMonthEmptyBreachNamingThatMonth() {
        List<VisitFact> visits = List.of(visit(2026, 9, 15, 2), visit(2026, 10, 8, 2), visit(2026, 10, 22, 2),
                visit(2026, 12, 15, 2), visit(2027, 1, 12, 2));
        Compliance c = ComplianceEngine.evaluate(FIRST, visits, AFTER_FIRST, RULE);
        assertThat(c.status()).isEqualTo(ComplianceStatus.BREACHED);
        assertThat(c.counted()).isEqualTo(5);
        assertThat(c.breachedMonths()).containsExactly(YearMonth.of(2026, 11));
        assertThat(c.findings()).containsExactly(new ComplianceFinding(ComplianceStatus.BREACHED,
                RulePart.VISITS_PER_MONTH, YearMonth.of(2026, 11), 0, 1));
    }

    @Test
    void r26_aVisitOfOnePeriodIsNotCounted() {
        List<VisitFact> visits = List.of(visit(2026, 9, 15, 2), visit(2026, 10, 15, 2), visit(2026, 11, 16, 1),
                visit(2026, 12, 15, 2), visit(2027, 1, 12, 2));
        Compliance c = ComplianceEngine.evaluate(FIRST, visits, AFTER_FIRST, RULE);
        assertThat(c.counted()).isEqualTo(4);
        assertThat(c.notCounted()).isEqualTo(1);
        assertThat(c.status()).isEqualTo(ComplianceStatus.BREACHED);
        assertThat(c.findings()).containsExactlyInAnyOrder(
                new ComplianceFinding(ComplianceStatus.BREACHED, RulePart.VISITS_PER_MONTH, YearMonth.of(2026, 11), 0, 1),
                new ComplianceFinding(ComplianceStatus.BREACHED, RulePart.VISITS_PER_SEMESTER, null, 4, 5));
    }

    @Test
    void r26_theFirstSemesterSpansTheYearEndAndTheWinterBreakBelongsToNoSemester() {
        assertThat(ComplianceEngine.monthsOf(FIRST, RULE)).containsExactly(YearMonth.of(2026, 9),
                YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        assertThat(ComplianceEngine.monthsOf(SECOND, RULE)).containsExactly(YearMonth.of(2027, 3),
                YearMonth.of(2027, 4), YearMonth.of(2027, 5), YearMonth.of(2027, 6));
        // a visit in the winter break (21 January – 19 February) counts for neither semester
        VisitFact inBreak = visit(2027, 2, 5, 3);
        Compliance first = ComplianceEngine.evaluate(FIRST, List.of(inBreak), AFTER_FIRST, RULE);
        Compliance second = ComplianceEngine.evaluate(SECOND, List.of(inBreak), LocalDate.of(2027, 2, 25), RULE);
        assertThat(first.counted() + first.notCounted()).isZero();
        assertThat(second.counted() + second.notCounted()).isZero();
        // the 9 days of February in the second semester carry no monthly requirement: on 28 February nothing is at risk
        assertThat(second.status()).isEqualTo(ComplianceStatus.ON_TRACK);
        // December's visit does not count for January across the year end
        List<VisitFact> noJanuary = FIVE_MONTHS.subList(0, 4);
        assertThat(ComplianceEngine.evaluate(FIRST, noJanuary, AFTER_FIRST, RULE).breachedMonths())
                .containsExactly(YearMonth.of(2027, 1));
    }

    @Test
    void r26_aShorterMonthThresholdMakesTheBreakMonthsPartsOfTheSemester() {
        ComplianceRule everyDay = new ComplianceRule(5, 1, 2, false, 1);
        assertThat(ComplianceEngine.monthsOf(SECOND, everyDay)).containsExactly(YearMonth.of(2027, 2),
                YearMonth.of(2027, 3), YearMonth.of(2027, 4), YearMonth.of(2027, 5), YearMonth.of(2027, 6),
                YearMonth.of(2027, 7));
    }

    @Test
    void r26_changedThresholdsAreApplied() {
        // eight visits required: the five monthly visits fall short
        Compliance eight = ComplianceEngine.evaluate(FIRST, FIVE_MONTHS, AFTER_FIRST, RULE.withMinVisits(8));
        assertThat(eight.status()).isEqualTo(ComplianceStatus.BREACHED);
        assertThat(eight.findings()).containsExactly(new ComplianceFinding(ComplianceStatus.BREACHED,
                RulePart.VISITS_PER_SEMESTER, null, 5, 8));
        // three periods required: none of the two-period visits counts
        Compliance three = ComplianceEngine.evaluate(FIRST, FIVE_MONTHS, AFTER_FIRST, RULE.withMinPeriods(3));
        assertThat(three.counted()).isZero();
        assertThat(three.breachedMonths()).hasSize(5);
        // two a month: every month short
        Compliance twice = ComplianceEngine.evaluate(FIRST, FIVE_MONTHS, AFTER_FIRST, RULE.withMinVisitsPerMonth(2));
        assertThat(twice.breachedMonths()).hasSize(5);
        // fewer required: four visits are enough when four are asked and January is not checked yet
        Compliance four = ComplianceEngine.evaluate(FIRST, FIVE_MONTHS.subList(0, 4), LocalDate.of(2026, 12, 31),
                RULE.withMinVisits(4));
        assertThat(four.status()).isEqualTo(ComplianceStatus.ON_TRACK);
    }

    @Test
    void r26_remoteLessonsCountOnlyWhenConfigured() {
        List<VisitFact> visits = List.of(visit(2026, 9, 15, 2), new VisitFact(LocalDate.of(2026, 10, 15), 2, true),
                visit(2026, 11, 16, 2), visit(2026, 12, 15, 2), visit(2027, 1, 12, 2));
        Compliance byDefault = ComplianceEngine.evaluate(FIRST, visits, AFTER_FIRST, RULE);
        assertThat(byDefault.counted()).isEqualTo(4);
        assertThat(byDefault.breachedMonths()).containsExactly(YearMonth.of(2026, 10));
        Compliance remote = ComplianceEngine.evaluate(FIRST, visits, AFTER_FIRST, RULE.withCountRemote(true));
        assertThat(remote.status()).isEqualTo(ComplianceStatus.ON_TRACK);
    }

    @Test
    void r26_aMonthNotYetEndedIsAtRiskNeverBreached() {
        List<VisitFact> september = List.of(visit(2026, 9, 15, 2));
        // 20 October, no visit yet in October: at risk, naming October
        Compliance mid = ComplianceEngine.evaluate(FIRST, september, LocalDate.of(2026, 10, 20), RULE);
        assertThat(mid.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(mid.findings()).containsExactly(new ComplianceFinding(ComplianceStatus.AT_RISK,
                RulePart.VISITS_PER_MONTH, YearMonth.of(2026, 10), 0, 1));
        // its last day: still at risk
        assertThat(ComplianceEngine.evaluate(FIRST, september, LocalDate.of(2026, 10, 31), RULE).status())
                .isEqualTo(ComplianceStatus.AT_RISK);
        // the clock moves on to 1 November: October is breached, November (just begun) at risk
        Compliance next = ComplianceEngine.evaluate(FIRST, september, LocalDate.of(2026, 11, 1), RULE);
        assertThat(next.status()).isEqualTo(ComplianceStatus.BREACHED);
        assertThat(next.breachedMonths()).containsExactly(YearMonth.of(2026, 10));
        assertThat(next.findings()).contains(new ComplianceFinding(ComplianceStatus.AT_RISK,
                RulePart.VISITS_PER_MONTH, YearMonth.of(2026, 11), 0, 1));
        // a visit logged on 20 October puts October right
        Compliance fixed = ComplianceEngine.evaluate(FIRST, List.of(visit(2026, 9, 15, 2), visit(2026, 10, 20, 2)),
                LocalDate.of(2026, 10, 20), RULE);
        assertThat(fixed.status()).isEqualTo(ComplianceStatus.ON_TRACK);
    }

    @Test
    void r26_theSemesterTotalIsAtRiskInTheLastMonthAndBreachedAfterTheEnd() {
        List<VisitFact> four = FIVE_MONTHS.subList(0, 4);
        // 31 December: four visits, all months so far met, January not begun: on track
        assertThat(ComplianceEngine.evaluate(FIRST, four, LocalDate.of(2026, 12, 31), RULE).status())
                .isEqualTo(ComplianceStatus.ON_TRACK);
        // 5 January: the last month has begun with four of five
        Compliance jan = ComplianceEngine.evaluate(FIRST, four, LocalDate.of(2027, 1, 5), RULE);
        assertThat(jan.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(jan.findings()).contains(new ComplianceFinding(ComplianceStatus.AT_RISK,
                RulePart.VISITS_PER_SEMESTER, null, 4, 5));
    }

    @Test
    void r26_aVisitAfterTheDayJudgedIsNotCounted() {
        Compliance c = ComplianceEngine.evaluate(FIRST, List.of(visit(2026, 10, 25, 2)), LocalDate.of(2026, 10, 20),
                RULE);
        assertThat(c.counted()).isZero();
    }
}
