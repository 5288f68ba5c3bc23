package org.xueji.specialneeds.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.xueji.registry.api.Semester;

/**
 * A child's R26 standing in one semester on one day.
 *
 * @param semester       the semester judged
 * @param asOf           the day judged on
 * @param status         the worst of the findings, {@link ComplianceStatus#ON_TRACK} without any
 * @param counted        visits that count (enough periods, inside the semester, not after {@code asOf},
 *                       remote only when configured)
 * @param notCounted     visits inside the semester that do not count
 * @param months         the calendar months of the semester with their counted visits
 * @param findings       every part not met, breaches first
 */
public record Compliance(Semester semester, LocalDate asOf, ComplianceStatus status, int counted, int notCounted,
                         Map<YearMonth, Integer> months, List<ComplianceFinding> findings) {

    public Compliance {
        months = Map.copyOf(months);
        findings = List.copyOf(findings);
    }

    /** The months that ended without enough visits. */
    public List<YearMonth> breachedMonths() {
        return findings.stream().filter(f -> f.status() == ComplianceStatus.BREACHED
                && f.part() == RulePart.VISITS_PER_MONTH).map(ComplianceFinding::month).toList();
    }
}
