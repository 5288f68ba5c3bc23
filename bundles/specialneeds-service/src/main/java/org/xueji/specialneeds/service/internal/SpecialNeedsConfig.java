package org.xueji.specialneeds.service.internal;

import java.util.Map;
import java.util.function.Consumer;
import org.xueji.specialneeds.api.ComplianceRule;

/**
 * {@code etc/org.xueji.specialneeds.cfg}: the R26 thresholds ({@code minVisits} 5,
 * {@code minVisitsPerMonth} 1, {@code minPeriods} 2, {@code countRemote} false,
 * {@code monthMinDays} 15), {@code reassessMonths} (12: reassessment at least once a school
 * year), {@code maxPhotos} (10 per visit). An invalid value is reported and the default kept.
 */
record SpecialNeedsConfig(ComplianceRule rule, int reassessMonths, int maxPhotos) {

    static final String PID = "org.xueji.specialneeds";

    static SpecialNeedsConfig defaults() {
        return new SpecialNeedsConfig(ComplianceRule.DEFAULTS, 12, 10);
    }

    SpecialNeedsConfig withRule(ComplianceRule r) {
        return new SpecialNeedsConfig(r, reassessMonths, maxPhotos);
    }

    static SpecialNeedsConfig from(Map<String, ?> p, Consumer<String> warnings) {
        ComplianceRule d = ComplianceRule.DEFAULTS;
        ComplianceRule rule = new ComplianceRule(
                number(p, "minVisits", d.minVisits(), 0, 100, warnings),
                number(p, "minVisitsPerMonth", d.minVisitsPerMonth(), 0, 31, warnings),
                number(p, "minPeriods", d.minPeriods(), 1, 20, warnings),
                p.get("countRemote") == null ? d.countRemote() : Boolean.parseBoolean(p.get("countRemote").toString().strip()),
                number(p, "monthMinDays", d.monthMinDays(), 1, 31, warnings));
        return new SpecialNeedsConfig(rule, number(p, "reassessMonths", 12, 1, 36, warnings),
                number(p, "maxPhotos", 10, 1, 50, warnings));
    }

    private static int number(Map<String, ?> p, String key, int fallback, int min, int max, Consumer<String> warnings) {
        Object value = p.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.toString().strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        warnings.accept("org.xueji.specialneeds: " + key + " must be a number from " + min + " to " + max
                + "; the default " + fallback + " is kept");
        return fallback;
    }
}
