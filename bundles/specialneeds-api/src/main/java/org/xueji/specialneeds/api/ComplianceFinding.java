package org.xueji.specialneeds.api;

import java.time.YearMonth;

/**
 * One part of R26 not (yet) met.
 *
 * @param status   {@link ComplianceStatus#AT_RISK} or {@link ComplianceStatus#BREACHED}
 * @param part     which part of the rule
 * @param month    the month for {@link RulePart#VISITS_PER_MONTH}, null otherwise
 * @param counted  visits counted (in the month or the semester)
 * @param required visits required
 */
public record ComplianceFinding(ComplianceStatus status, RulePart part, YearMonth month, int counted, int required) {
}
