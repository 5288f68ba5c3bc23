package org.xueji.dropout.api.risk;

import java.util.Map;

/**
 * The early warning's settings ({@code etc/org.xueji.dropout.risk.cfg}); see the README for the
 * keys and defaults.
 *
 * @param threshold          a student at or above this score is listed
 * @param weights            points per indicator
 * @param minUnexplainedDays unexplained absences in the term that make {@link RiskIndicator#ABSENCES}
 * @param absenceRatePercent absence rate of the term (percent) that makes {@link RiskIndicator#ABSENCE_RATE}
 * @param minDiscipline      discipline records in the term that make {@link RiskIndicator#DISCIPLINE}
 * @param minFailing         failing core subjects that make {@link RiskIndicator#FAILING}
 * @param passMark           a subject score below it fails
 * @param overAgeYears       years above grade + 5 (on 1 September) that make {@link RiskIndicator#OVER_AGE}
 * @param recentDays         a transfer or suspension within so many days makes {@link RiskIndicator#RECENT_CHANGE}
 */
public record RiskWeights(int threshold, Map<RiskIndicator, Integer> weights, int minUnexplainedDays,
                          int absenceRatePercent, int minDiscipline, int minFailing, int passMark, int overAgeYears,
                          int recentDays) {

    public RiskWeights {
        weights = Map.copyOf(weights);
    }

    public int weight(RiskIndicator indicator) {
        return weights.getOrDefault(indicator, 0);
    }
}
