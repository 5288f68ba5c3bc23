package org.xueji.classbalance.api.balance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one assignment (R15), reported for ours and for the snake deal on the same input.
 * A class mean counts only the students that have that score; a class without any is left out of
 * the spread.
 *
 * @param sizes            students per class (class 1 first)
 * @param boys             boys per class
 * @param meanTotal        mean total score per class (NaN: no scores)
 * @param subjectMeans     per subject (input order): mean per class
 * @param totalSd          within-class spread: population standard deviation of the total per class
 * @param flagCounts       per flag (sorted by name): students per class
 * @param overCap          classes above the cap
 * @param togetherSplit    together groups not in one class
 * @param apartViolations  pairs of one apart group in one class
 * @param nameViolations   pairs of identical or same-sounding names in one class
 */
public record BalanceMetrics(List<Integer> sizes, List<Integer> boys, List<Double> meanTotal,
                             Map<String, List<Double>> subjectMeans, List<Double> totalSd,
                             Map<String, List<Integer>> flagCounts, int overCap, int togetherSplit,
                             int apartViolations, int nameViolations) {

    public int sizeSpread() {
        return spreadInt(sizes);
    }

    public int boysSpread() {
        return spreadInt(boys);
    }

    public double meanTotalSpread() {
        return spread(meanTotal);
    }

    /** Per subject, the max − min of the class means. */
    public Map<String, Double> subjectSpreads() {
        Map<String, Double> result = new LinkedHashMap<>();
        subjectMeans.forEach((k, v) -> result.put(k, spread(v)));
        return result;
    }

    /** The largest subject spread (0 without subjects). */
    public double maxSubjectSpread() {
        return subjectSpreads().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** Max − min of the within-class standard deviations of the total. */
    public double withinSdSpread() {
        return spread(totalSd);
    }

    /** Per flag, the max − min of its students per class. */
    public Map<String, Integer> flagSpreads() {
        Map<String, Integer> result = new LinkedHashMap<>();
        flagCounts.forEach((k, v) -> result.put(k, spreadInt(v)));
        return result;
    }

    public int hardViolations() {
        return overCap + togetherSplit + apartViolations + nameViolations;
    }

    /** The metrics of {@code classOf} (0-based class per student, input order). */
    public static BalanceMetrics of(BalanceProblem p, int[] classOf) {
        int k = p.classes;
        int[] sizes = new int[k];
        int[] boys = new int[k];
        for (int i = 0; i < p.n; i++) {
            sizes[classOf[i]]++;
            if (p.male[i]) {
                boys[classOf[i]]++;
            }
        }
        List<Double> meanTotal = means(p, p.scores[0], classOf);
        Map<String, List<Double>> subjectMeans = new LinkedHashMap<>();
        for (int d = 1; d < p.scores.length; d++) {
            subjectMeans.put(p.input.subjects().get(d - 1), means(p, p.scores[d], classOf));
        }
        List<Double> sd = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double sum = 0;
            double sq = 0;
            int cnt = 0;
            for (int i = 0; i < p.n; i++) {
                double v = p.scores[0][i];
                if (classOf[i] == c && !Double.isNaN(v)) {
                    sum += v;
                    sq += v * v;
                    cnt++;
                }
            }
            sd.add(cnt == 0 ? Double.NaN : Math.sqrt(Math.max(0, sq / cnt - (sum / cnt) * (sum / cnt))));
        }
        Map<String, List<Integer>> flagCounts = new LinkedHashMap<>();
        for (int f = 0; f < p.flagNames.size(); f++) {
            int[] counts = new int[k];
            for (int i = 0; i < p.n; i++) {
                counts[classOf[i]] += p.flags[f][i];
            }
            flagCounts.put(p.flagNames.get(f), boxed(counts));
        }
        int overCap = 0;
        for (int s : sizes) {
            if (s > p.cap) {
                overCap++;
            }
        }
        int split = 0;
        for (List<Integer> members : p.togetherGroups.values()) {
            for (int i : members) {
                if (classOf[i] != classOf[members.get(0)]) {
                    split++;
                    break;
                }
            }
        }
        return new BalanceMetrics(boxed(sizes), boxed(boys), meanTotal, Collections.unmodifiableMap(subjectMeans),
                List.copyOf(sd), Collections.unmodifiableMap(flagCounts), overCap, split,
                sameClass(p.apartPairs, classOf), sameClass(p.namePairs, classOf));
    }

    private static int sameClass(List<int[]> pairs, int[] classOf) {
        int count = 0;
        for (int[] pair : pairs) {
            if (classOf[pair[0]] == classOf[pair[1]]) {
                count++;
            }
        }
        return count;
    }

    private static List<Double> means(BalanceProblem p, double[] values, int[] classOf) {
        double[] sum = new double[p.classes];
        int[] cnt = new int[p.classes];
        for (int i = 0; i < p.n; i++) {
            if (!Double.isNaN(values[i])) {
                sum[classOf[i]] += values[i];
                cnt[classOf[i]]++;
            }
        }
        List<Double> result = new ArrayList<>();
        for (int c = 0; c < p.classes; c++) {
            result.add(cnt[c] == 0 ? Double.NaN : sum[c] / cnt[c]);
        }
        return List.copyOf(result);
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> result = new ArrayList<>();
        for (int v : values) {
            result.add(v);
        }
        return List.copyOf(result);
    }

    private static int spreadInt(List<Integer> values) {
        return values.isEmpty() ? 0 : Collections.max(values) - Collections.min(values);
    }

    private static double spread(List<Double> values) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        return max < min ? 0 : max - min;
    }
}
