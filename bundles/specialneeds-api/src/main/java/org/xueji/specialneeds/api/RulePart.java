package org.xueji.specialneeds.api;

import org.xueji.platform.api.MessageKey;

/** Which part of R26 a finding is about; texts {@code part.<NAME>} (argument: the month, or counted and required). */
public enum RulePart implements MessageKey {
    /** At least N visits in the semester: {0} counted, {1} required. */
    VISITS_PER_SEMESTER,
    /** At least N visits in every calendar month of the semester: {0} the month (2026-10), {1} counted, {2} required. */
    VISITS_PER_MONTH;

    @Override
    public String key() {
        return "part." + name();
    }
}
