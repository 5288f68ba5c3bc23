package org.xueji.ledger.api;

import java.util.Map;

/**
 * One school's annual target-assessment result (D4).
 *
 * @param rank      1 for the best score; equal scores share a rank
 * @param score     the base score minus the weighted incidents, never below 0
 * @param counts    incidents of the year per type (types without incidents are absent)
 * @param incidents all incidents of the year
 */
public record SchoolScore(int rank, long schoolId, String schoolCode, String schoolName, int score,
                          Map<IncidentType, Integer> counts, int incidents) {
    public SchoolScore {
        counts = Map.copyOf(counts);
    }

    public int count(IncidentType type) {
        return counts.getOrDefault(type, 0);
    }
}
