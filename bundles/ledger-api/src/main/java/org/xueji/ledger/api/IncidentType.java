package org.xueji.ledger.api;

import org.xueji.platform.api.MessageKey;

/**
 * What an incident is about: the rule it breaches, its label (this enum is its own message
 * key, {@code type.<NAME>}) and its default weight in the annual score. Weights are configured
 * in {@code etc/org.xueji.ledger.cfg} as {@code weight.<NAME>}. A module with an incident of a
 * new kind posts {@link #OTHER} with its own source module id, or adds a constant here (a minor
 * version of this package).
 */
public enum IncidentType implements MessageKey {
    /** R11: a transfer-in request submitted without meeting the receiving school's admission conditions. */
    R11_ADMISSION_CONDITIONS("R11", 3),
    /** R13: a registry error caused by the school (carelessness, mistakes). */
    R13_REGISTRY_ERROR("R13", 2),
    /** R16: an over-size class (R14) or a breach of balanced class assignment (R15). */
    R16_CLASS_SIZE("R16", 3),
    /** R17: a registry change left undecided past its 7-working-day deadline. */
    R17_DEADLINE_LAPSED("R17", 2),
    /** R17: a reprimand from higher authorities after a spot check. */
    R17_REPRIMAND("R17", 5),
    /** R26: a calendar month of a semester closed without a counted home-teaching visit (送教上门). */
    R26_MONTH_WITHOUT_VISIT("R26", 2),
    /** Anything else a module reports; the source module says which. */
    OTHER("", 1);

    private final String ruleId;
    private final int defaultWeight;

    IncidentType(String ruleId, int defaultWeight) {
        this.ruleId = ruleId;
        this.defaultWeight = defaultWeight;
    }

    /** The rule of the notice, e.g. {@code R17}; empty for {@link #OTHER}. */
    public String ruleId() {
        return ruleId;
    }

    /** Points taken off the annual score per incident unless configured otherwise. */
    public int defaultWeight() {
        return defaultWeight;
    }

    @Override
    public String key() {
        return "type." + name();
    }
}
