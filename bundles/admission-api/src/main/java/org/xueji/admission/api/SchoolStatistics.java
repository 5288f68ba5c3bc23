package org.xueji.admission.api;

import java.util.Map;

/** Per school: applications and admitted per category, migrant children admitted, lottery groups. */
public record SchoolStatistics(long schoolId, int seats, Map<Category, Integer> applications,
                               Map<Category, Integer> admitted, int lotteryGroups) {
    public int migrantAdmitted() {
        return admitted.getOrDefault(Category.MIGRANT, 0);
    }
}
