package org.xueji.specialneeds.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xueji.registry.api.Semester;

/**
 * R26 for one child and one semester: "at least 5 visits per semester, at least 1 in every
 * calendar month of the semester, each at least 2 class periods" (thresholds in
 * {@link ComplianceRule}). Pure: the semester's dates come from the registry's
 * {@code SchoolYearService}, the day from the caller's clock.
 *
 * <ul>
 * <li>A visit counts when it lies inside the semester, not after the day judged, has at least
 *     {@code minPeriods} periods and is not remote (unless {@code countRemote}). Visits in the
 *     winter or summer break belong to no semester and never count.</li>
 * <li>The months of the semester are the calendar months it covers at least
 *     {@code monthMinDays} days of (a month wholly inside always counts).</li>
 * <li>A month without enough visits is <b>breached</b> once its last semester day has passed,
 *     <b>at risk</b> while it runs (a month not yet ended is never breached), and not judged
 *     before it begins.</li>
 * <li>The semester's total is breached once the semester ended short; at risk from the first day
 *     of its last month while short.</li>
 * </ul>
 */
public final class ComplianceEngine {

    private ComplianceEngine() {
    }

    public static Compliance evaluate(Semester semester, Collection<VisitFact> visits, LocalDate asOf,
                                      ComplianceRule rule) {
        Map<YearMonth, Integer> months = new TreeMap<>();
        for (YearMonth m : monthsOf(semester, rule)) {
            months.put(m, 0);
        }
        int counted = 0;
        int notCounted = 0;
        for (VisitFact v : visits) {
            if (!semester.contains(v.date()) || v.date().isAfter(asOf)) {
                continue;
            }
            if (counts(v, rule)) {
                counted++;
                months.computeIfPresent(YearMonth.from(v.date()), (m, n) -> n + 1);
            } else {
                notCounted++;
            }
        }
        List<ComplianceFinding> findings = new ArrayList<>();
        for (Map.Entry<YearMonth, Integer> e : months.entrySet()) {
            if (e.getValue() >= rule.minVisitsPerMonth()) {
                continue;
            }
            YearMonth m = e.getKey();
            LocalDate first = max(m.atDay(1), semester.start());
            LocalDate last = min(m.atEndOfMonth(), semester.end());
            if (asOf.isAfter(last)) {
                findings.add(new ComplianceFinding(ComplianceStatus.BREACHED, RulePart.VISITS_PER_MONTH, m,
                        e.getValue(), rule.minVisitsPerMonth()));
            } else if (!asOf.isBefore(first)) {
                findings.add(new ComplianceFinding(ComplianceStatus.AT_RISK, RulePart.VISITS_PER_MONTH, m,
                        e.getValue(), rule.minVisitsPerMonth()));
            }
        }
        if (counted < rule.minVisits()) {
            if (asOf.isAfter(semester.end())) {
                findings.add(new ComplianceFinding(ComplianceStatus.BREACHED, RulePart.VISITS_PER_SEMESTER, null,
                        counted, rule.minVisits()));
            } else if (!asOf.isBefore(max(YearMonth.from(semester.end()).atDay(1), semester.start()))) {
                findings.add(new ComplianceFinding(ComplianceStatus.AT_RISK, RulePart.VISITS_PER_SEMESTER, null,
                        counted, rule.minVisits()));
            }
        }
        findings.sort(Comparator.comparing((ComplianceFinding f) -> f.status() == ComplianceStatus.BREACHED ? 0 : 1));
        ComplianceStatus status = findings.isEmpty() ? ComplianceStatus.ON_TRACK : findings.get(0).status();
        return new Compliance(semester, asOf, status, counted, notCounted, months, findings);
    }

    /** Whether a visit counts towards R26 (periods and remote lessons; the date is judged by the caller). */
    public static boolean counts(VisitFact v, ComplianceRule rule) {
        return v.periods() >= rule.minPeriods() && (!v.remote() || rule.countRemote());
    }

    /** The calendar months of a semester, in order (see the class comment). */
    public static List<YearMonth> monthsOf(Semester semester, ComplianceRule rule) {
        List<YearMonth> result = new ArrayList<>();
        for (YearMonth m = YearMonth.from(semester.start()); !m.isAfter(YearMonth.from(semester.end()));
             m = m.plusMonths(1)) {
            LocalDate first = max(m.atDay(1), semester.start());
            LocalDate last = min(m.atEndOfMonth(), semester.end());
            int days = last.getDayOfMonth() - first.getDayOfMonth() + 1;
            if (days == m.lengthOfMonth() || days >= rule.monthMinDays()) {
                result.add(m);
            }
        }
        return result;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
