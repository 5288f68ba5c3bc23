package org.xueji.dropout.api.risk;

import java.util.Map;

/**
 * A school's early warning in figures (what the actor sees of it).
 *
 * @param students     in-school students scored
 * @param atRisk       of them at or above the threshold
 * @param perIndicator students on whom each indicator applies
 */
public record RiskSummary(long schoolId, int students, int atRisk, Map<RiskIndicator, Integer> perIndicator) {

    public RiskSummary {
        perIndicator = Map.copyOf(perIndicator);
    }
}
