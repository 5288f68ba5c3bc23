package org.xueji.specialneeds.api;

/**
 * The district view (R26): children taught at home per school and town and their standing.
 *
 * @param schoolId    the responsible school (null: none given)
 * @param town        the town
 */
public record ComplianceSummary(Long schoolId, String town, int children, int onTrack, int atRisk, int breached,
                                int withoutPlan, int planWithoutTeachers) {
}
