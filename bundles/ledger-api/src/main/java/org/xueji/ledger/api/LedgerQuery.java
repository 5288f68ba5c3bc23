package org.xueji.ledger.api;

import java.time.YearMonth;

/**
 * A filter of the ledger; {@code null} fields do not filter. School users always see their own
 * school's entries only, whatever the filter.
 *
 * @param schoolId one school
 * @param bureau   only the bureau's own entries (district users)
 * @param month    one ledger month
 */
public record LedgerQuery(Long schoolId, boolean bureau, YearMonth month, IncidentType type, IncidentStatus status) {

    public static LedgerQuery all() {
        return new LedgerQuery(null, false, null, null, null);
    }

    public LedgerQuery withSchool(Long id) {
        return new LedgerQuery(id, false, month, type, status);
    }

    public LedgerQuery bureauOnly() {
        return new LedgerQuery(null, true, month, type, status);
    }

    public LedgerQuery withMonth(YearMonth m) {
        return new LedgerQuery(schoolId, bureau, m, type, status);
    }

    public LedgerQuery withType(IncidentType t) {
        return new LedgerQuery(schoolId, bureau, month, t, status);
    }

    public LedgerQuery withStatus(IncidentStatus s) {
        return new LedgerQuery(schoolId, bureau, month, type, s);
    }
}
