package org.xueji.dropout.api;

/** Progress of a campaign for one school or one town: households assigned and recorded, children out of school. */
public record CampaignProgress(String key, long assigned, long recorded, long outOfSchool) {

    public long unrecorded() {
        return assigned - recorded;
    }
}
