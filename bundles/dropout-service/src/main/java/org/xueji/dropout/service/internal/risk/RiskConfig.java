package org.xueji.dropout.service.internal.risk;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.xueji.dropout.api.risk.RiskIndicator;
import org.xueji.dropout.api.risk.RiskWeights;

/**
 * Settings of {@code etc/org.xueji.dropout.risk.cfg} (PID {@value #PID}); an invalid value is
 * logged and its default kept. Keys: {@code threshold} (40), {@code weight.<INDICATOR>} (0–100),
 * {@code absences.minDays} (3), {@code absenceRate.percent} (10), {@code discipline.min} (1),
 * {@code failing.minSubjects} (2), {@code failing.passMark} (60), {@code overAge.years} (2),
 * {@code recentChange.days} (365).
 */
public final class RiskConfig {

    public static final String PID = "org.xueji.dropout.risk";
    public static final RiskWeights DEFAULTS = new RiskWeights(40, defaultWeights(), 3, 10, 1, 2, 60, 2, 365);

    private RiskConfig() {
    }

    /** Default points: attendance weighs most, then failing subjects, then the other signs. */
    static Map<RiskIndicator, Integer> defaultWeights() {
        Map<RiskIndicator, Integer> w = new EnumMap<>(RiskIndicator.class);
        w.put(RiskIndicator.ABSENCES, 20);
        w.put(RiskIndicator.ABSENCE_RATE, 15);
        w.put(RiskIndicator.DISCIPLINE, 10);
        w.put(RiskIndicator.FAILING, 15);
        w.put(RiskIndicator.PRIORITY_GROUP, 10);
        w.put(RiskIndicator.OVER_AGE, 10);
        w.put(RiskIndicator.REPEATED, 10);
        w.put(RiskIndicator.RECENT_CHANGE, 10);
        w.put(RiskIndicator.UPPER_GRADE, 10);
        return w;
    }

    public static RiskWeights from(Map<String, ?> p, Consumer<String> warn) {
        Map<RiskIndicator, Integer> w = new EnumMap<>(RiskIndicator.class);
        for (RiskIndicator i : RiskIndicator.values()) {
            w.put(i, number(p, "weight." + i.name(), DEFAULTS.weight(i), 0, 100, warn));
        }
        return new RiskWeights(number(p, "threshold", DEFAULTS.threshold(), 1, 1000, warn), w,
                number(p, "absences.minDays", DEFAULTS.minUnexplainedDays(), 1, 200, warn),
                number(p, "absenceRate.percent", DEFAULTS.absenceRatePercent(), 1, 100, warn),
                number(p, "discipline.min", DEFAULTS.minDiscipline(), 1, 50, warn),
                number(p, "failing.minSubjects", DEFAULTS.minFailing(), 1, 20, warn),
                number(p, "failing.passMark", DEFAULTS.passMark(), 1, 150, warn),
                number(p, "overAge.years", DEFAULTS.overAgeYears(), 1, 10, warn),
                number(p, "recentChange.days", DEFAULTS.recentDays(), 1, 3650, warn));
    }

    private static int number(Map<String, ?> p, String key, int fallback, int min, int max, Consumer<String> warn) {
        Object v = p == null ? null : p.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.toString().strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        warn.accept("dropout risk: invalid " + key + "=" + v + " (allowed " + min + "–" + max + "), default "
                + fallback + " kept");
        return fallback;
    }
}
