package org.xueji.admission.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The lottery (电脑派位) is reproducible and matches its published description. */
class LotteryTest {

    static final List<String> TEN = IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("2026-1-%06d", i)).toList();
    static final String SEED = "2026-09-01 上证指数 3321.45";

    @Test
    void r24_lotteryMatchesAnIndependentImplementationOfTheDescription() {
        // computed with a 20-line Python script from the Javadoc of Lottery (hashlib.sha256), not with this code
        assertThat(Lottery.draw(TEN, SEED)).containsExactly("2026-1-000006", "2026-1-000009", "2026-1-000001",
                "2026-1-000004", "2026-1-000007", "2026-1-000002", "2026-1-000005", "2026-1-000003", "2026-1-000008",
                "2026-1-000010");
        assertThat(Lottery.draw(TEN, Lottery.groupSeed(SEED, 1, 1))).containsExactly("2026-1-000008",
                "2026-1-000009", "2026-1-000005", "2026-1-000001", "2026-1-000007", "2026-1-000010", "2026-1-000004",
                "2026-1-000003", "2026-1-000002", "2026-1-000006");
    }

    @Test
    void r24_sameListInAnyOrderAndSameSeedGiveTheSameDraw() {
        List<String> shuffled = new ArrayList<>(TEN);
        Collections.reverse(shuffled);
        assertThat(Lottery.draw(shuffled, SEED)).isEqualTo(Lottery.draw(TEN, SEED));
    }

    @Test
    void r24_anotherSeedGivesAnotherDrawOfTheSameCandidates() {
        List<String> other = Lottery.draw(TEN, SEED + "x");
        assertThat(other).isNotEqualTo(Lottery.draw(TEN, SEED));
        assertThat(other).containsExactlyInAnyOrderElementsOf(TEN);
    }
}
