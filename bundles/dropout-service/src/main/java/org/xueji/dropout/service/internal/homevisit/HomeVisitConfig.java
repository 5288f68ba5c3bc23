package org.xueji.dropout.service.internal.homevisit;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.xueji.dropout.api.homevisit.Frequency;
import org.xueji.dropout.api.homevisit.PriorityGroup;

/**
 * Minimum contact frequencies per priority group (R28), {@code etc/org.xueji.dropout.homevisit.cfg}:
 * {@code frequency.<GROUP>=N/DAYS} — at least N contacts within every DAYS days ({@code 0/30}: no
 * minimum). An invalid value is logged and the group's default kept.
 */
public record HomeVisitConfig(Map<PriorityGroup, Frequency> frequencies) {

    public static final String PID = "org.xueji.dropout.homevisit";
    /** Defaults: monthly for the most vulnerable, every two months for disabled and hardship, a semester for migrants. */
    public static final HomeVisitConfig DEFAULTS = new HomeVisitConfig(Map.of(
            PriorityGroup.ORPHAN, new Frequency(1, 30),
            PriorityGroup.NO_CARER, new Frequency(1, 30),
            PriorityGroup.LEFT_BEHIND, new Frequency(1, 30),
            PriorityGroup.DISABLED, new Frequency(1, 60),
            PriorityGroup.HARDSHIP, new Frequency(1, 60),
            PriorityGroup.MIGRANT, new Frequency(1, 120)));

    public HomeVisitConfig {
        frequencies = Map.copyOf(frequencies);
    }

    public Frequency of(PriorityGroup g) {
        return frequencies.getOrDefault(g, new Frequency(0, 30));
    }

    /** The longest window of a group with a minimum: how far back contacts matter. */
    public int longestWindow() {
        return frequencies.values().stream().filter(f -> f.contacts() > 0).mapToInt(Frequency::days).max().orElse(1);
    }

    public static HomeVisitConfig from(Map<String, Object> properties, Consumer<String> warn) {
        Map<PriorityGroup, Frequency> out = new EnumMap<>(PriorityGroup.class);
        for (PriorityGroup g : PriorityGroup.values()) {
            Frequency fallback = DEFAULTS.of(g);
            Object v = properties == null ? null : properties.get("frequency." + g.name());
            out.put(g, v == null ? fallback : parse(g, v.toString(), fallback, warn));
        }
        return new HomeVisitConfig(out);
    }

    private static Frequency parse(PriorityGroup g, String text, Frequency fallback, Consumer<String> warn) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                int n = Integer.parseInt(parts[0].strip());
                int days = Integer.parseInt(parts[1].strip());
                if (n >= 0 && n <= 31 && days >= 1 && days <= 366) {
                    return new Frequency(n, days);
                }
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        warn.accept("dropout: invalid frequency." + g.name() + "=" + text + ", default " + fallback.contacts() + "/"
                + fallback.days() + " kept");
        return fallback;
    }
}
