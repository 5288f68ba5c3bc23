package org.xueji.dropout.api;

import java.util.List;
import org.xueji.platform.api.Actor;

/**
 * Household survey campaigns (拉网式排查, R23): the district opens one per semester, schools
 * assign households to their teachers, teachers record each household's school-age children;
 * a child out of school becomes a suspected entry; a campaign closes only when every assigned
 * household is recorded.
 */
public interface SurveyService {

    Campaign open(Actor actor, String title);

    List<Campaign> campaigns(Actor actor);

    Household assign(Actor actor, NewHousehold household);

    /** Households of a campaign in scope (a teacher: those assigned to them). */
    List<Household> households(Actor actor, long campaignId);

    Household record(Actor actor, long householdId, List<SurveyChild> children);

    /** Progress per school (key: school id) or per town (key: town name). */
    List<CampaignProgress> progress(Actor actor, long campaignId, boolean byTown);

    Campaign close(Actor actor, long campaignId);
}
