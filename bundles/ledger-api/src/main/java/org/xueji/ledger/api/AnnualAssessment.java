package org.xueji.ledger.api;

import java.util.List;
import java.util.Map;

/**
 * The annual target assessment of one calendar year (D4): every school in the actor's scope,
 * best first.
 *
 * @param weights         the weights applied (configured or default), per type
 * @param bureauIncidents the bureau's own incidents of the year (not ranked; 0 for school users)
 */
public record AnnualAssessment(int year, int baseScore, Map<IncidentType, Integer> weights,
                               List<SchoolScore> ranking, int bureauIncidents) {
    public AnnualAssessment {
        weights = Map.copyOf(weights);
        ranking = List.copyOf(ranking);
    }
}
