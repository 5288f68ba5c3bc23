package org.xueji.specialneeds.api;

/**
 * R26's thresholds for home teaching (送教上门), configurable per district
 * ({@code etc/org.xueji.specialneeds.cfg}); the notice's values are {@link #DEFAULTS}.
 *
 * @param minVisits          visits per semester (default 5)
 * @param minVisitsPerMonth  visits in every calendar month of the semester (default 1)
 * @param minPeriods         class periods a visit needs to count (default 2)
 * @param countRemote        whether remote lessons count as visits (default no)
 * @param monthMinDays       a calendar month the semester only touches at its start or end is
 *                           a month of the semester when the semester covers at least this many
 *                           of its days (default 15: with the default calendar, January's 20
 *                           days belong to the first semester, February's 9 and July's 10 days
 *                           to no requirement). Months fully inside the semester always count.
 */
public record ComplianceRule(int minVisits, int minVisitsPerMonth, int minPeriods, boolean countRemote,
                             int monthMinDays) {

    public static final ComplianceRule DEFAULTS = new ComplianceRule(5, 1, 2, false, 15);

    public ComplianceRule {
        if (minVisits < 0 || minVisitsPerMonth < 0 || minPeriods < 1 || monthMinDays < 1 || monthMinDays > 31) {
            throw new IllegalArgumentException("compliance thresholds out of range");
        }
    }

    public ComplianceRule withMinVisits(int n) {
        return new ComplianceRule(n, minVisitsPerMonth, minPeriods, countRemote, monthMinDays);
    }

    public ComplianceRule withMinVisitsPerMonth(int n) {
        return new ComplianceRule(minVisits, n, minPeriods, countRemote, monthMinDays);
    }

    public ComplianceRule withMinPeriods(int n) {
        return new ComplianceRule(minVisits, minVisitsPerMonth, n, countRemote, monthMinDays);
    }

    public ComplianceRule withCountRemote(boolean remote) {
        return new ComplianceRule(minVisits, minVisitsPerMonth, minPeriods, remote, monthMinDays);
    }
}
