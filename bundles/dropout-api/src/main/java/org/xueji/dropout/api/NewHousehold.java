package org.xueji.dropout.api;

/**
 * A household a school assigns to one of its teachers in a campaign.
 *
 * @param household 户主 name or address
 * @param teacher   the teacher's (or head teacher's) account of the school
 */
public record NewHousehold(long campaignId, long schoolId, String town, String village, String household,
                           String teacher) {
}
