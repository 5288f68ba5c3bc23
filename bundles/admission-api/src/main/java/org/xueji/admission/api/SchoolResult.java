package org.xueji.admission.api;

import java.util.Map;

/**
 * One school's results of a season (the district's results grid, issue 12 item 1): its approved
 * plan, applications and admissions per category (admitted by the allocation or placed by the
 * district), the lotteries drawn there (groups, candidates, seats), those not admitted, and the
 * seats left.
 */
public record SchoolResult(long schoolId, SchoolPlan plan, Map<Category, Integer> applications,
                           Map<Category, Integer> admitted, int lotteries, int lotteryCandidates, int lotterySeats,
                           int placed, int notAdmitted, int seatsLeft) {

    public SchoolResult {
        applications = Map.copyOf(applications);
        admitted = Map.copyOf(admitted);
    }

    public int totalApplications() {
        return applications.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalAdmitted() {
        return admitted.values().stream().mapToInt(Integer::intValue).sum();
    }
}
