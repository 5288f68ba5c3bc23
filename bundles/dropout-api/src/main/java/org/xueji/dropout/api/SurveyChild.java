package org.xueji.dropout.api;

import org.xueji.registry.api.followup.AtRiskSource;

/**
 * One school-age child of a surveyed household.
 *
 * @param where      OTHER_SCHOOL: the school; MOVED_AWAY: the destination; otherwise may be null
 * @param reason     OUT_OF_SCHOOL: the reason category (the entry's)
 * @param entryId    OUT_OF_SCHOOL: the suspected entry it became (filled in by the service)
 */
public record SurveyChild(ChildData child, SurveyFinding finding, String where, ReasonCategory reason,
                          Long entryId) {

    /** The source of the entries a survey creates. */
    public static final AtRiskSource SOURCE = AtRiskSource.SURVEY;
}
