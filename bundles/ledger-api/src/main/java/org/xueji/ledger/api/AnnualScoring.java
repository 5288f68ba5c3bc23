package org.xueji.ledger.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The annual score (D4): {@code base − Σ weight(type) × incidents(type)}, never below 0. Schools
 * are ranked by score, best first; equal scores share a rank (1, 1, 3), and within a rank the
 * school with fewer incidents, then the lower code, comes first.
 */
public final class AnnualScoring {

    /** A school to rank. */
    public record Entry(long schoolId, String code, String name, Map<IncidentType, Integer> counts) {
    }

    public static int score(int base, Map<IncidentType, Integer> weights, Map<IncidentType, Integer> counts) {
        long deducted = 0;
        for (Map.Entry<IncidentType, Integer> c : counts.entrySet()) {
            deducted += (long) weightOf(weights, c.getKey()) * c.getValue();
        }
        return (int) Math.max(0, base - deducted);
    }

    public static List<SchoolScore> rank(int base, Map<IncidentType, Integer> weights, List<Entry> schools) {
        record Scored(Entry entry, int score, int incidents) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry e : schools) {
            int incidents = e.counts().values().stream().mapToInt(Integer::intValue).sum();
            scored.add(new Scored(e, score(base, weights, e.counts()), incidents));
        }
        scored.sort(Comparator.comparingInt((Scored s) -> -s.score()).thenComparingInt(Scored::incidents)
                .thenComparing(s -> s.entry().code() == null ? "" : s.entry().code()));
        List<SchoolScore> ranking = new ArrayList<>(scored.size());
        int rank = 0;
        Integer previous = null;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            if (previous == null || s.score() != previous) {
                rank = i + 1;
                previous = s.score();
            }
            Map<IncidentType, Integer> counts = new EnumMap<>(IncidentType.class);
            s.entry().counts().forEach((t, n) -> {
                if (n > 0) {
                    counts.put(t, n);
                }
            });
            ranking.add(new SchoolScore(rank, s.entry().schoolId(), s.entry().code(), s.entry().name(), s.score(),
                    counts, s.incidents()));
        }
        return ranking;
    }

    private static int weightOf(Map<IncidentType, Integer> weights, IncidentType type) {
        Integer w = weights.get(type);
        return w == null ? type.defaultWeight() : w;
    }

    private AnnualScoring() {
    }
}
