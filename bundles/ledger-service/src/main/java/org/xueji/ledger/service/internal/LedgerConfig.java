package org.xueji.ledger.service.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerLimits;
import org.xueji.ledger.api.LedgerMessages;

/**
 * The configuration {@code org.xueji.ledger}: {@code baseScore} (default 100) and
 * {@code weight.<TYPE>} per incident type (defaults in {@link IncidentType#defaultWeight()}).
 * An invalid value is reported and the default kept: the ledger never stops over a typo.
 */
record LedgerConfig(int baseScore, Map<IncidentType, Integer> weights) {

    static final String PID = "org.xueji.ledger";

    LedgerConfig {
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    static LedgerConfig defaults() {
        return from(Map.of(), warning -> { });
    }

    static LedgerConfig from(Map<String, ?> properties, Consumer<String> warnings) {
        int base = number(properties, "baseScore", LedgerLimits.DEFAULT_BASE_SCORE, 1, 10_000, warnings);
        Map<IncidentType, Integer> weights = new EnumMap<>(IncidentType.class);
        for (IncidentType t : IncidentType.values()) {
            weights.put(t, number(properties, "weight." + t.name(), t.defaultWeight(), 0, 100, warnings));
        }
        return new LedgerConfig(base, weights);
    }

    private static int number(Map<String, ?> properties, String key, int fallback, int min, int max,
                              Consumer<String> warnings) {
        Object value = properties.get(key);
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
        warnings.accept(LedgerMessages.WEIGHT_INVALID.format(Locale.ENGLISH, key, value));
        return fallback;
    }
}
