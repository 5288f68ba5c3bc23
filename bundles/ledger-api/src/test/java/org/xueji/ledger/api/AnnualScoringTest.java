package org.xueji.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** D4: the annual score and the ranking, expected values worked out by hand. */
class AnnualScoringTest {

    @Test
    void d4ScoreIsBaseMinusWeightedIncidentsWithDefaultWeights() {
        // defaults: R11 3, R13 2, R17 reprimand 5 → 100 − (2×3 + 1×2 + 1×5) = 87
        assertThat(AnnualScoring.score(100, Map.of(), Map.of(IncidentType.R11_ADMISSION_CONDITIONS, 2,
                IncidentType.R13_REGISTRY_ERROR, 1, IncidentType.R17_REPRIMAND, 1))).isEqualTo(87);
    }

    @Test
    void d4ConfiguredWeightsReplaceTheDefaults() {
        // R13 weighted 10 instead of 2: 100 − 3×10 = 70
        assertThat(AnnualScoring.score(100, Map.of(IncidentType.R13_REGISTRY_ERROR, 10),
                Map.of(IncidentType.R13_REGISTRY_ERROR, 3))).isEqualTo(70);
    }

    @Test
    void d4ScoreNeverFallsBelowZero() {
        assertThat(AnnualScoring.score(10, Map.of(), Map.of(IncidentType.R17_REPRIMAND, 3))).isZero();
    }

    @Test
    void d4RankingBestFirstEqualScoresShareARank() {
        var a = new AnnualScoring.Entry(1, "A", "甲校", Map.of(IncidentType.R16_CLASS_SIZE, 1)); // 97
        var b = new AnnualScoring.Entry(2, "B", "乙校", Map.of()); // 100
        var c = new AnnualScoring.Entry(3, "C", "丙校", Map.of(IncidentType.OTHER, 3)); // 97, 3 incidents
        var d = new AnnualScoring.Entry(4, "D", "丁校", Map.of(IncidentType.R17_REPRIMAND, 2)); // 90
        List<SchoolScore> ranking = AnnualScoring.rank(100, Map.of(), List.of(a, b, c, d));
        assertThat(ranking).extracting(SchoolScore::schoolCode).containsExactly("B", "A", "C", "D");
        assertThat(ranking).extracting(SchoolScore::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranking).extracting(SchoolScore::score).containsExactly(100, 97, 97, 90);
        assertThat(ranking.get(2).count(IncidentType.OTHER)).isEqualTo(3);
        assertThat(ranking.get(2).incidents()).isEqualTo(3);
    }
}
