package org.xueji.admission.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.admission.api.Allocation.Candidate;

/** Allocation by priority within a plan (R24). */
class AllocationTest {

    @Test
    void r24_higherGroupsFirstWithinThePlanAndLotteryOnlyForTheGroupThatDoesNotFit() {
        List<Candidate> c = List.of(new Candidate("A3", 1), new Candidate("A1", 0), new Candidate("A2", 0),
                new Candidate("A4", 1), new Candidate("A5", 1), new Candidate("A6", 2), new Candidate("A7", -1));
        Allocation.Outcome o = Allocation.allocate(4, c, "seed", 7);
        assertThat(o.admitted()).hasSize(4).contains("A1", "A2");
        assertThat(o.draws()).singleElement().satisfies(d -> {
            assertThat(d.rank()).isEqualTo(1);
            assertThat(d.seats()).isEqualTo(2);
            assertThat(d.candidates()).containsExactly("A3", "A4", "A5");
            assertThat(d.seed()).isEqualTo("seed/7/1");
            assertThat(o.admitted()).containsAll(d.order().subList(0, 2));
        });
        assertThat(o.notAdmitted()).contains("A6", "A7").hasSize(3);
    }

    @Test
    void r24_noLotteryWhenEveryoneFits() {
        Allocation.Outcome o = Allocation.allocate(10, List.of(new Candidate("A1", 0), new Candidate("A2", 2)), "s", 1);
        assertThat(o.admitted()).containsExactly("A1", "A2");
        assertThat(o.draws()).isEmpty();
    }

    @Test
    void r24_seasonOrderRanksCategories() {
        SeasonSetup s = Fixtures.season().setup();
        assertThat(s.rankOf(Category.HOUSEHOLD)).isEqualTo(0);
        assertThat(s.rankOf(Category.PROPERTY)).isEqualTo(0);
        assertThat(s.rankOf(Category.MIGRANT)).isEqualTo(1);
        assertThat(s.rankOf(Category.OTHER)).isEqualTo(2);
        assertThat(SeasonSetup.parsePriority(s.priorityText())).isEqualTo(s.priority());
    }

    @Test
    void masksKeepFirstCharacterAndLastFourDigits() {
        assertThat(PublicMask.name("王小明")).isEqualTo("王**");
        assertThat(PublicMask.number("2026-1-000042")).isEqualTo("*********0042");
    }
}
