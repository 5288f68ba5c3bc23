package org.xueji.dropout.api.report;

/**
 * A survey campaign active in the period, counted within the report's school (or the district).
 *
 * @param recorded     households recorded by the period's end
 * @param outOfSchool  children recorded out of school by the period's end
 */
public record CampaignFigures(long id, String title, int schoolYear, int semester, long households, long recorded,
                              long outOfSchool, boolean closed) {
}
