package org.xueji.admission.api;

import java.time.Instant;
import java.util.List;

/**
 * A stored season: its set-up, plans, areas, document rules, the lottery seed (null until the
 * district publishes it, then fixed) and when the allocation ran (null before). {@code plans} are
 * the approved plans, the only ones that count; {@code planApprovals} every saved plan with its
 * approval (the district's view).
 */
public record Season(long id, SeasonSetup setup, List<SchoolPlan> plans, List<ServiceArea> areas,
                     List<DocumentRule> documentRules, String seed, Instant seedPublishedAt, Instant allocatedAt,
                     List<PlanApproval> planApprovals) {

    public Season {
        planApprovals = planApprovals == null ? List.of() : List.copyOf(planApprovals);
    }

    public SchoolPlan plan(long schoolId) {
        return plans.stream().filter(p -> p.schoolId() == schoolId).findFirst().orElse(null);
    }

    public DocumentRule rule(Category category) {
        return documentRules.stream().filter(r -> r.category() == category).findFirst()
                .orElse(new DocumentRule(category, List.of(), "", ""));
    }
}
